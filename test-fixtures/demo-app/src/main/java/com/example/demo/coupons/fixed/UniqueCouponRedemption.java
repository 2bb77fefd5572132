package com.example.demo.coupons.fixed;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** {@link com.example.demo.coupons.CouponRedemption} with "once per customer" in the schema. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "one_redemption_per_customer", columnNames = {"code", "customer"}))
public class UniqueCouponRedemption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String customer;

    protected UniqueCouponRedemption() {
    }

    public UniqueCouponRedemption(String code, String customer) {
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
