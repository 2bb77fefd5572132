package com.example.inventory.domain;

import com.example.common.DomainException;
import com.example.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A sellable product. Extends {@link BaseEntity}, which has no version: no optimistic locking. */
@Entity
@Table(name = "product")
public class Product extends BaseEntity {

    @Column(nullable = false, unique = true)
    private String sku;

    private String name;

    private String category;

    private BigDecimal price;

    private int stock;

    private boolean discontinued;

    protected Product() {
    }

    public Product(String sku, String name, String category, BigDecimal price, int stock) {
        this.sku = sku;
        this.name = name;
        this.category = category;
        this.price = price;
        this.stock = stock;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public int getStock() {
        return stock;
    }

    public void setStock(int stock) {
        this.stock = stock;
    }

    public boolean isDiscontinued() {
        return discontinued;
    }

    public void setDiscontinued(boolean discontinued) {
        this.discontinued = discontinued;
    }

    /** Pure query, changes nothing. */
    public boolean canFulfil(int quantity) {
        return !discontinued && stock >= quantity;
    }

    /** Domain operation that mutates the stock column. */
    public void reserve(int quantity) {
        if (!canFulfil(quantity)) {
            throw new DomainException("insufficient stock for " + sku);
        }
        this.stock -= quantity;
    }
}
