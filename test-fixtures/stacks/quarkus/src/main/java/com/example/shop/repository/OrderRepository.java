package com.example.shop.repository;

import com.example.shop.entity.OrderStatus;
import com.example.shop.entity.ShopOrder;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class OrderRepository implements PanacheRepository<ShopOrder> {

    public List<ShopOrder> findOpenSince(Instant before) {
        return list("status = ?1 and createdAt < ?2", OrderStatus.OPEN, before);
    }
}
