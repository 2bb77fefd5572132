package com.example.ordering.domain;

import com.example.common.persistence.BaseEntity;
import jakarta.persistence.Entity;

/** Audit trail of an order. */
@Entity
public class OrderEvent extends BaseEntity {

    private Long orderId;

    private String type;

    protected OrderEvent() {
    }

    public OrderEvent(Long orderId, String type) {
        this.orderId = orderId;
        this.type = type;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getType() {
        return type;
    }
}
