package com.example.coupons.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One use of a coupon by a customer. The schema has no unique key on (coupon, customer). */
@Entity
@Table(name = "coupon_redemptions")
public class Redemption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long couponId;

    private Long customerId;

    private Instant redeemedAt = Instant.now();

    protected Redemption() {
    }

    public Redemption(Long couponId, Long customerId) {
        this.couponId = couponId;
        this.customerId = customerId;
    }

    public Long getId() {
        return id;
    }

    public Long getCouponId() {
        return couponId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Instant getRedeemedAt() {
        return redeemedAt;
    }
}
