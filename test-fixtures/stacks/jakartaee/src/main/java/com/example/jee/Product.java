package com.example.jee;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A product whose stock is decremented per order; no @Version (the racy entity of these fixtures). */
@Entity
public class Product {
    @Id
    @GeneratedValue
    private Long id;
    private String sku;
    private int stock;

    public Long getId() {
        return id;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public int getStock() {
        return stock;
    }

    public void setStock(int stock) {
        this.stock = stock;
    }
}
