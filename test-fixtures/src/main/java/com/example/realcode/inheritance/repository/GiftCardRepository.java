package com.example.realcode.inheritance.repository;

import com.example.realcode.inheritance.domain.GiftCard;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GiftCardRepository extends JpaRepository<GiftCard, Long> {
}
