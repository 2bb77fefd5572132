package com.example.coupons.repository;

import com.example.coupons.domain.Redemption;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface RedemptionRepository extends JpaRepository<Redemption, Long> {

    boolean existsByCouponIdAndCustomerId(Long couponId, Long customerId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Redemption> findForUpdateByCouponIdAndCustomerId(Long couponId, Long customerId);

    long countByCustomerId(Long customerId);
}
