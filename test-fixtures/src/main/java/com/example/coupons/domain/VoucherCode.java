package com.example.coupons.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class VoucherCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private long amountCents;

    protected VoucherCode() {
    }

    public VoucherCode(String code, long amountCents) {
        this.code = code;
        this.amountCents = amountCents;
    }

    public String getCode() {
        return code;
    }

    public long getAmountCents() {
        return amountCents;
    }
}
