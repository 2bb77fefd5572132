package com.example.shop.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

@Entity
public class Product extends PanacheEntity {

    @Column(unique = true, nullable = false)
    public String sku;

    public String name;

    public BigDecimal price;

    public int stock;

    @ManyToOne
    public Category category;

    public static Product findBySku(String sku) {
        return find("sku", sku).firstResult();
    }
}
