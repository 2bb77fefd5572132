package com.example.realcode.flow.orders;

import jakarta.persistence.Embeddable;

@Embeddable
public class OrderLine {

    private String sku;

    private int quantity;

    protected OrderLine() {
    }

    public OrderLine(String sku, int quantity) {
        this.sku = sku;
        this.quantity = quantity;
    }
}
