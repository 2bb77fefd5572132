package com.example.crm.domain;

import com.example.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

/** An opportunity in the pipeline. Extends {@link BaseEntity}: no version. */
@Entity
public class SalesDeal extends BaseEntity {

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private BigDecimal amount = BigDecimal.ZERO;

    private int probability;

    private int touches;

    private String stage = "OPEN";

    protected SalesDeal() {
    }

    public SalesDeal(String title, BigDecimal amount) {
        this.title = title;
        this.amount = amount;
    }

    public String getTitle() {
        return title;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public int getProbability() {
        return probability;
    }

    public void setProbability(int probability) {
        this.probability = probability;
    }

    public int getTouches() {
        return touches;
    }

    public void setTouches(int touches) {
        this.touches = touches;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }
}
