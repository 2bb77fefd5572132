package com.example.ledger.domain;

import com.example.common.DomainException;
import com.example.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

/** Budget holder; the {@code @Version} comes from {@link VersionedEntity}. */
@Entity
public class CostCenter extends VersionedEntity {

    @Column(nullable = false, unique = true)
    private String code;

    private String manager;

    @Column(nullable = false)
    private BigDecimal budget = BigDecimal.ZERO;

    @Column(nullable = false)
    private BigDecimal spent = BigDecimal.ZERO;

    protected CostCenter() {
    }

    public CostCenter(String code, BigDecimal budget) {
        this.code = code;
        this.budget = budget;
    }

    public String getCode() {
        return code;
    }

    public String getManager() {
        return manager;
    }

    public void setManager(String manager) {
        this.manager = manager;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public BigDecimal getSpent() {
        return spent;
    }

    public void book(BigDecimal amount) {
        if (spent.add(amount).compareTo(budget) > 0) {
            throw new DomainException("cost center " + code + " over budget");
        }
        this.spent = this.spent.add(amount);
    }

    public void raiseBudget(BigDecimal amount) {
        this.budget = this.budget.add(amount);
    }
}
