package com.example.shop.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Orders are versioned: concurrent status changes fail with an OptimisticLockException. */
@Entity
@Table(name = "orders")
public class ShopOrder extends PanacheEntity {

    @ManyToOne
    public Customer customer;

    @Enumerated(EnumType.STRING)
    public OrderStatus status = OrderStatus.OPEN;

    public BigDecimal total = BigDecimal.ZERO;

    public Instant createdAt = Instant.now();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    public List<OrderLine> lines = new ArrayList<>();

    @Version
    public long version;
}
