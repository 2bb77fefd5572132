package com.example.realcode.inheritance.repository;

import com.example.realcode.inheritance.domain.VersionedVoucher;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VersionedVoucherRepository extends JpaRepository<VersionedVoucher, Long> {
}
