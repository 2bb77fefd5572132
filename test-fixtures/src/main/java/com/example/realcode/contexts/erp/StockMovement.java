package com.example.realcode.contexts.erp;

import com.example.common.persistence.BaseEntity;
import jakarta.persistence.Entity;

@Entity
public class StockMovement extends BaseEntity {

    private Long orderId;
    private int delta;

    protected StockMovement() {
    }

    public StockMovement(Long orderId, int delta) {
        this.orderId = orderId;
        this.delta = delta;
    }

    public Long getOrderId() {
        return orderId;
    }

    public int getDelta() {
        return delta;
    }
}
