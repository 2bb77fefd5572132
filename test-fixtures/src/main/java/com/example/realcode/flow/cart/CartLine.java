package com.example.realcode.flow.cart;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** One product in a user's cart, unique per user and product. No version. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"userId", "productId"}))
public class CartLine {

    @Id
    @GeneratedValue
    private Long id;

    private Long userId;

    private Long productId;

    private int quantity;

    private Instant updatedAt;

    protected CartLine() {
    }

    public CartLine(Long userId, Long productId) {
        this.userId = userId;
        this.productId = productId;
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getProductId() {
        return productId;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
