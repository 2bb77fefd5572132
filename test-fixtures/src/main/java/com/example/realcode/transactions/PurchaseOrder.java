package com.example.realcode.transactions;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** An order. */
@Entity
public class PurchaseOrder {

    @Id
    @GeneratedValue
    private Long id;

    private String state;

    public PurchaseOrder() {
    }

    public PurchaseOrder(String state) {
        this.state = state;
    }

    public Long getId() {
        return id;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }
}
