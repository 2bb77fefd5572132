package com.example.coupons.repository;

import com.example.coupons.domain.VoucherCode;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VoucherCodeRepository extends JpaRepository<VoucherCode, Long> {

    boolean existsByCode(String code);
}
