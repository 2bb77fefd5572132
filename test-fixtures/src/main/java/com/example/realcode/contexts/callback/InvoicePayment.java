package com.example.realcode.contexts.callback;

import com.example.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

@Entity
public class InvoicePayment extends BaseEntity {

    private Long invoiceId;
    private BigDecimal amount;

    protected InvoicePayment() {
    }

    public InvoicePayment(Long invoiceId, BigDecimal amount) {
        this.invoiceId = invoiceId;
        this.amount = amount;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
