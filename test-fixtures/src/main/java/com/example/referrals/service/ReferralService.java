package com.example.referrals.service;

import com.example.common.DomainException;
import com.example.referrals.domain.Ambassador;
import com.example.referrals.domain.Referral;
import com.example.referrals.repository.AmbassadorRepository;
import com.example.referrals.repository.ReferralRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Referrals through Spring Data, the EntityManager and helper methods. */
@Service
public class ReferralService {

    private final ReferralRepository referrals;
    private final AmbassadorRepository ambassadors;
    private final ReferralRules rules;

    @PersistenceContext
    private EntityManager entityManager;

    public ReferralService(ReferralRepository referrals, AmbassadorRepository ambassadors, ReferralRules rules) {
        this.referrals = referrals;
        this.ambassadors = ambassadors;
        this.rules = rules;
    }

    @Transactional
    public Referral refer(Long referrerId, String email) {
        if (referrals.existsByReferrerIdAndRefereeEmail(referrerId, email)) {
            throw new DomainException("already referred");
        }
        Referral referral = new Referral(referrerId, email);
        entityManager.persist(referral); // expect: check-then-insert
        return referral;
    }

    // the check sits in a private helper that throws
    public Referral referOnce(Long referrerId, String email) {
        ensureNotReferred(email);
        return referrals.save(new Referral(referrerId, email)); // expect: check-then-insert
    }

    // the check is a boolean helper
    public void referQuietly(Long referrerId, String email) {
        if (alreadyReferred(email)) {
            return;
        }
        referrals.save(new Referral(referrerId, email)); // expect: check-then-insert
    }

    // the insert sits in a helper: reported on the call that leads to it
    public Referral referAndRecord(Long referrerId, String email) {
        if (referrals.existsByRefereeEmail(email)) {
            throw new DomainException("already referred");
        }
        return record(referrerId, email); // expect: check-then-insert
    }

    // the check runs in another bean
    public Referral referChecked(Long referrerId, String email) {
        rules.assertNotYetReferred(email);
        return referrals.save(new Referral(referrerId, email)); // expect: check-then-insert
    }

    // --- no finding below -------------------------------------------------------------------

    // handle is @Column(unique = true)
    public Ambassador becomeAmbassador(String handle, Long memberId) {
        if (ambassadors.existsByHandle(handle)) {
            throw new DomainException("handle taken: " + handle);
        }
        return ambassadors.save(new Ambassador(handle, memberId));
    }

    // no existence check: every call records a new referral by design
    public Referral recordVisit(Long referrerId, String email) {
        return record(referrerId, email);
    }

    private void ensureNotReferred(String email) {
        if (referrals.existsByRefereeEmail(email)) {
            throw new DomainException(email + " was already referred");
        }
    }

    private boolean alreadyReferred(String email) {
        return referrals.existsByRefereeEmail(email);
    }

    private Referral record(Long referrerId, String email) {
        return referrals.save(new Referral(referrerId, email));
    }
}
