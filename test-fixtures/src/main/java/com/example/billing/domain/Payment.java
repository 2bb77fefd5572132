package com.example.billing.domain;

import com.example.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

@Entity
public class Payment extends BaseEntity {

    /** The client's idempotency key; unique, so a replayed request cannot insert a second payment. */
    @Column(unique = true)
    private String requestId;

    private Long orderId;

    private BigDecimal amount;

    private String status = "CAPTURED";

    protected Payment() {
    }

    public Payment(Long orderId, BigDecimal amount) {
        this.orderId = orderId;
        this.amount = amount;
    }

    public Payment(String requestId, Long orderId, BigDecimal amount) {
        this(orderId, amount);
        this.requestId = requestId;
    }

    public String getRequestId() {
        return requestId;
    }

    public Long getOrderId() {
        return orderId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getStatus() {
        return status;
    }
}
