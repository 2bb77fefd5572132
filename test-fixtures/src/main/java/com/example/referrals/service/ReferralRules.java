package com.example.referrals.service;

import com.example.common.DomainException;
import com.example.referrals.repository.ReferralRepository;
import org.springframework.stereotype.Component;

/** Business rules checked before a referral is recorded. */
@Component
public class ReferralRules {

    private final ReferralRepository referrals;

    public ReferralRules(ReferralRepository referrals) {
        this.referrals = referrals;
    }

    public void assertNotYetReferred(String email) {
        if (email == null || email.isBlank()) {
            throw new DomainException("email required");
        }
        if (referrals.existsByRefereeEmail(email)) {
            throw new DomainException(email + " was already referred");
        }
    }
}
