package com.example.realcode.keys;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VoucherRepository extends JpaRepository<Voucher, Long> {

    boolean existsByCode(String code);

    boolean existsByCampaignAndPhone(String campaign, String phone);
}
