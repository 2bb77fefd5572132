package com.example.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Coupon redemption, once per customer: one customer sends N redemptions of the same code at once. */
class CouponRaceTest extends RaceTestSupport {

    @Test
    void racyRedemptionsGrantTheDiscountEveryTime() {
        Outcome outcome = redeemConcurrently("racy");
        assertEquals(N, outcome.granted(), "every redemption is granted");
        assertEquals(N, outcome.rows(), "one row per redemption: the customer used the coupon N times");
    }

    @Test
    void uniqueConstraintGrantsTheDiscountOnce() {
        Outcome outcome = redeemConcurrently("unique");
        assertEquals(1, outcome.granted(), "granted");
        assertEquals(1, outcome.rows(), "redemptions recorded");
    }

    private Outcome redeemConcurrently(String variant) {
        long retriesBefore = retry.retries();
        String code = "/api/coupons/" + variant + "/" + unique("WELCOME10");
        String customer = unique("alice");
        List<Integer> statuses = race("coupons/" + variant, waitFor(variant), i -> code + "/redeem?customer=" + customer);
        Outcome outcome = new Outcome(count(statuses, 200), getLong(code + "/redemptions?customer=" + customer));
        report("coupons/" + variant, N + " x redeem one coupon, one customer", "1 granted, 1 row",
                outcome.granted() + " granted, " + plural(outcome.rows(), "row"), retriesBefore);
        return outcome;
    }

    record Outcome(long granted, long rows) {
    }
}
