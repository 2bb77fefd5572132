package com.example.demo.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A catalogue item: a name the back office edits, a stock that orders decrement atomically. No
 * {@code @DynamicUpdate}: Hibernate's UPDATE of it sets every column, the stock included.
 */
@Entity
public class CatalogItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private int stock;

    protected CatalogItem() {
    }

    public CatalogItem(String name, int stock) {
        this.name = name;
        this.stock = stock;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getStock() {
        return stock;
    }
}
