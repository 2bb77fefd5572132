package com.example.ledger.domain;

import com.example.common.DomainException;
import com.example.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** General-ledger account. Extends {@link BaseEntity}: no version, no optimistic locking. */
@Entity
public class LedgerAccount extends BaseEntity {

    @Column(nullable = false, unique = true)
    private String code;

    private String name;

    @Column(nullable = false)
    private BigDecimal balance = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    private LedgerAccountStatus status = LedgerAccountStatus.OPEN;

    protected LedgerAccount() {
    }

    public LedgerAccount(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public LedgerAccountStatus getStatus() {
        return status;
    }

    public void setStatus(LedgerAccountStatus status) {
        this.status = status;
    }

    public void credit(BigDecimal amount) {
        this.balance = this.balance.add(amount);
    }

    public void debit(BigDecimal amount) {
        if (status != LedgerAccountStatus.OPEN) {
            throw new DomainException("ledger account " + code + " is " + status);
        }
        this.balance = this.balance.subtract(amount);
    }
}
