package com.example.jee;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A shipment booked when stock is taken. */
@Entity
public class Shipment {
    @Id
    @GeneratedValue
    private Long id;
    private Long productId;
    private int quantity;

    protected Shipment() {
    }

    public Shipment(Long productId, int quantity) {
        this.productId = productId;
        this.quantity = quantity;
    }

    public Long getProductId() {
        return productId;
    }

    public int getQuantity() {
        return quantity;
    }
}
