package com.example.demo.coupons.fixed;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UniqueCouponRedemptionRepository extends JpaRepository<UniqueCouponRedemption, Long> {

    boolean existsByCodeAndCustomer(String code, String customer);

    long countByCodeAndCustomer(String code, String customer);
}
