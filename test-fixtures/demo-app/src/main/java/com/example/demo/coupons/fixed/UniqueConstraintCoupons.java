package com.example.demo.coupons.fixed;

import com.example.demo.coupons.Coupons;
import com.example.demo.support.RaceHook;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * FIXED with a unique constraint on (code, customer): the check stays as a fast path, the
 * database decides — the second insert violates the constraint and is answered as "already used".
 */
@Service
public class UniqueConstraintCoupons implements Coupons {

    private static final String SCENARIO = "coupons/unique";

    private final UniqueCouponRedemptionRepository redemptions;
    private final RaceHook hook;

    public UniqueConstraintCoupons(UniqueCouponRedemptionRepository redemptions, RaceHook hook) {
        this.redemptions = redemptions;
        this.hook = hook;
    }

    @Override
    public String variant() {
        return "unique";
    }

    @Override
    public boolean redeem(String code, String customer) {
        hook.beforeRead(SCENARIO);
        if (redemptions.existsByCodeAndCustomer(code, customer)) {
            return false;
        }
        hook.betweenReadAndWrite(SCENARIO);
        try {
            redemptions.save(new UniqueCouponRedemption(code, customer));
            return true;
        } catch (DataIntegrityViolationException alreadyRedeemed) {
            return false;
        }
    }

    @Override
    public long redemptions(String code, String customer) {
        return redemptions.countByCodeAndCustomer(code, customer);
    }
}
