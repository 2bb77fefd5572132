package com.example.staleoverwrite;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** No @DynamicUpdate: Hibernate's UPDATE writes every column. */
@Entity
public class Sku {
    @Id
    @GeneratedValue
    private Long id;
    private String name;
    private int stock;

    protected Sku() {
    }

    public Sku(String name, int stock) {
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

    public void setStock(int stock) {
        this.stock = stock;
    }

    public void restockTo(int level) {
        this.stock = level;
    }
}
