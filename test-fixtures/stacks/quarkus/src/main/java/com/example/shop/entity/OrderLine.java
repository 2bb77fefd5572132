package com.example.shop.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

@Entity
public class OrderLine extends PanacheEntity {

    @ManyToOne
    public ShopOrder order;

    @ManyToOne
    public Product product;

    public int quantity;
}
