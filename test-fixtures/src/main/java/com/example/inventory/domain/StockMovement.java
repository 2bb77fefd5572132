package com.example.inventory.domain;

import com.example.common.persistence.BaseEntity;
import jakarta.persistence.Entity;

/** Append-only journal of stock changes. */
@Entity
public class StockMovement extends BaseEntity {

    private String sku;

    private int delta;

    private String reason;

    protected StockMovement() {
    }

    public StockMovement(String sku, int delta, String reason) {
        this.sku = sku;
        this.delta = delta;
        this.reason = reason;
    }

    public String getSku() {
        return sku;
    }

    public int getDelta() {
        return delta;
    }

    public String getReason() {
        return reason;
    }
}
