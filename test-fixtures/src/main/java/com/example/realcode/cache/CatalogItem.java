package com.example.realcode.cache;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A catalog item served from a read-through cache. */
@Entity
public class CatalogItem {
    @Id
    @GeneratedValue
    private Long id;
    private int stock;
    private long views;

    public Long getId() {
        return id;
    }

    public int getStock() {
        return stock;
    }

    public void setStock(int stock) {
        this.stock = stock;
    }

    public long getViews() {
        return views;
    }

    public void setViews(long views) {
        this.views = views;
    }
}
