package com.example.demo.coupons.racy;

import com.example.demo.coupons.CouponRedemption;
import com.example.demo.coupons.CouponRedemptionRepository;
import com.example.demo.coupons.Coupons;
import com.example.demo.support.RaceHook;
import org.springframework.stereotype.Service;

/**
 * RACY: "has this customer used the code? if not, record a use" — with no unique constraint on
 * (code, customer), every request that checked before the first insert inserts too: the same
 * customer gets the discount several times.
 */
@Service
public class CheckThenInsertCoupons implements Coupons {

    private static final String SCENARIO = "coupons/racy";

    private final CouponRedemptionRepository redemptions;
    private final RaceHook hook;

    public CheckThenInsertCoupons(CouponRedemptionRepository redemptions, RaceHook hook) {
        this.redemptions = redemptions;
        this.hook = hook;
    }

    @Override
    public String variant() {
        return "racy";
    }

    @Override
    public boolean redeem(String code, String customer) {
        hook.beforeRead(SCENARIO);
        if (redemptions.existsByCodeAndCustomer(code, customer)) {
            return false;
        }
        hook.betweenReadAndWrite(SCENARIO);
        redemptions.save(new CouponRedemption(code, customer)); // expect: check-then-insert
        return true;
    }

    @Override
    public long redemptions(String code, String customer) {
        return redemptions.countByCodeAndCustomer(code, customer);
    }
}
