package com.example.realcode.contexts.trade;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CouponUseRepository extends JpaRepository<CouponUse, Long> {
}
