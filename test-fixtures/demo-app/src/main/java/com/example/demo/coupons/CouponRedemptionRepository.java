package com.example.demo.coupons;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CouponRedemptionRepository extends JpaRepository<CouponRedemption, Long> {

    boolean existsByCodeAndCustomer(String code, String customer);

    long countByCodeAndCustomer(String code, String customer);
}
