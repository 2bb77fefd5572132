package com.example.wallet.domain;

import com.example.common.DomainException;
import com.example.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

/** Current account. {@link BaseEntity} has no version, so neither does this entity. */
@Entity
public class Account extends BaseEntity {

    @Column(nullable = false, unique = true)
    private String number;

    @Column(nullable = false)
    private BigDecimal balance = BigDecimal.ZERO;

    private boolean frozen;

    protected Account() {
    }

    public Account(String number) {
        this.number = number;
    }

    public String getNumber() {
        return number;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public boolean isFrozen() {
        return frozen;
    }

    /** Pure query. */
    public boolean canDebit(BigDecimal amount) {
        return !frozen && balance.compareTo(amount) >= 0;
    }

    public void debit(BigDecimal amount) {
        if (!canDebit(amount)) {
            throw new DomainException("cannot debit " + amount + " from " + number);
        }
        this.balance = this.balance.subtract(amount);
    }

    public void credit(BigDecimal amount) {
        this.balance = this.balance.add(amount);
    }

    public void freeze() {
        this.frozen = true;
    }
}
