package com.example.ordering.domain;

import com.example.common.persistence.BaseEntity;
import jakarta.persistence.Entity;

/** What the warehouse hands to a carrier for one order. */
@Entity
public class Consignment extends BaseEntity {

    private Long orderId;

    private String carrier;

    protected Consignment() {
    }

    public Consignment(Long orderId, String carrier) {
        this.orderId = orderId;
        this.carrier = carrier;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getCarrier() {
        return carrier;
    }
}
