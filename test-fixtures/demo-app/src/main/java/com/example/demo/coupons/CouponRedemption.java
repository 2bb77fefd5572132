package com.example.demo.coupons;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One use of a coupon code by a customer. Nothing in the schema says "once per customer". */
@Entity
public class CouponRedemption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String customer;

    protected CouponRedemption() {
    }

    public CouponRedemption(String code, String customer) {
        this.code = code;
        this.customer = customer;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getCustomer() {
        return customer;
    }
}
