package com.example.realcode.contexts.callback;

import com.example.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

@Entity
public class Invoice extends BaseEntity {

    private BigDecimal paid = BigDecimal.ZERO;
    private BigDecimal refunded = BigDecimal.ZERO;

    public BigDecimal getPaid() {
        return paid;
    }

    public void setPaid(BigDecimal paid) {
        this.paid = paid;
    }

    public BigDecimal getRefunded() {
        return refunded;
    }

    public void setRefunded(BigDecimal refunded) {
        this.refunded = refunded;
    }
}
