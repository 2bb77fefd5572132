package com.example.realcode.contexts.erp;

import com.example.common.persistence.BaseEntity;
import jakarta.persistence.Entity;

/** A purchase order with the counts its stock movements keep up to date. No version. */
@Entity
public class PurchaseOrder extends BaseEntity {

    private int inCount;
    private int returnCount;
    private int outCount;

    public int getInCount() {
        return inCount;
    }

    public void setInCount(int inCount) {
        this.inCount = inCount;
    }

    public int getReturnCount() {
        return returnCount;
    }

    public void setReturnCount(int returnCount) {
        this.returnCount = returnCount;
    }

    public int getOutCount() {
        return outCount;
    }

    public void setOutCount(int outCount) {
        this.outCount = outCount;
    }
}
