package com.example.realcode.contexts.trade;

import com.example.common.persistence.BaseEntity;
import jakarta.persistence.Entity;

@Entity
public class CouponUse extends BaseEntity {

    private Long orderId;
    private boolean returned;

    protected CouponUse() {
    }

    public CouponUse(Long orderId, boolean returned) {
        this.orderId = orderId;
        this.returned = returned;
    }

    public Long getOrderId() {
        return orderId;
    }

    public boolean isReturned() {
        return returned;
    }
}
