package com.example.coupons.repository;

import com.example.coupons.domain.PartnerOffer;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerOfferRepository extends JpaRepository<PartnerOffer, Long> {

    Optional<PartnerOffer> findByOfferCode(String offerCode);

    boolean existsByPartnerIdAndExternalRef(Long partnerId, String externalRef);
}
