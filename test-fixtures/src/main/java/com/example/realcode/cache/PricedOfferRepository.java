package com.example.realcode.cache;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PricedOfferRepository extends JpaRepository<PricedOffer, Long> {
}
