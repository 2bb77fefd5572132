package com.example.billing.domain;

import com.example.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

/** A double-entry journal line. */
@Entity
public class JournalEntry extends BaseEntity {

    private String account;

    private BigDecimal amount;

    protected JournalEntry() {
    }

    public JournalEntry(String account, BigDecimal amount) {
        this.account = account;
        this.amount = amount;
    }

    public String getAccount() {
        return account;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
