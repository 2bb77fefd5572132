package com.example.coupons.repository;

import com.example.coupons.domain.GiftCard;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GiftCardRepository extends JpaRepository<GiftCard, Long> {

    boolean existsBySerialNumber(String serialNumber);
}
