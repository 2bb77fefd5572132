package com.example.coupons.repository;

import com.example.coupons.domain.Coupon;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CouponRepository extends JpaRepository<Coupon, Long> {

    boolean existsByCampaignIdAndCode(Long campaignId, String code);

    boolean existsByCampaignIdAndCodeAndChannel(Long campaignId, String code, String channel);

    boolean existsByCode(String code);
}
