package com.example.realcode.inheritance.repository;

import com.example.realcode.inheritance.domain.Voucher;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VoucherRepository extends JpaRepository<Voucher, Long> {
}
