package com.example.billing.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** Store credit per customer, keyed by the customer id. */
@Entity
public class CustomerCredit {

    @Id
    private Long customerId;

    private BigDecimal balance = BigDecimal.ZERO;

    protected CustomerCredit() {
    }

    public CustomerCredit(Long customerId) {
        this.customerId = customerId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public BigDecimal getBalance() {
        return balance;
    }
}
