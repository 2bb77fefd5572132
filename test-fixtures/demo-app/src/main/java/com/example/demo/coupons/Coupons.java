package com.example.demo.coupons;

/** Redeeming a coupon, at most once per customer: one implementation per variant. */
public interface Coupons {

    String variant();

    /** @return whether the discount was granted ({@code false}: this customer already used the code) */
    boolean redeem(String code, String customer);

    /** How many times {@code customer} has redeemed {@code code}: 0 or 1 when the rule holds. */
    long redemptions(String code, String customer);
}
