package com.example.referrals.repository;

import com.example.referrals.domain.Referral;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReferralRepository extends JpaRepository<Referral, Long> {

    boolean existsByRefereeEmail(String refereeEmail);

    boolean existsByReferrerIdAndRefereeEmail(Long referrerId, String refereeEmail);
}
