package com.example.wallet.domain;

import com.example.common.persistence.VersionedEntity;
import jakarta.persistence.Entity;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Savings account; versioned through {@link VersionedEntity} (inherited {@code @Version}). */
@Entity
public class SavingsAccount extends VersionedEntity {

    private String holder;

    private BigDecimal balance = BigDecimal.ZERO;

    private BigDecimal annualRate = BigDecimal.ZERO;

    protected SavingsAccount() {
    }

    public String getHolder() {
        return holder;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public BigDecimal getAnnualRate() {
        return annualRate;
    }

    public void setAnnualRate(BigDecimal annualRate) {
        this.annualRate = annualRate;
    }

    /** Adds one month of interest to the balance. */
    public void accrueMonthlyInterest() {
        BigDecimal interest = balance.multiply(annualRate)
                .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_EVEN);
        this.balance = this.balance.add(interest);
    }
}
