package com.example.coupons.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * Table partner_offer (Spring's snake_case naming). offer_code is unique and (partner_id,
 * external_ref) has a unique index, both declared in db.changelog-master.yaml.
 */
@Entity
public class PartnerOffer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String offerCode;

    private Long partnerId;

    private String externalRef;

    protected PartnerOffer() {
    }

    public PartnerOffer(Long partnerId, String externalRef, String offerCode) {
        this.partnerId = partnerId;
        this.externalRef = externalRef;
        this.offerCode = offerCode;
    }

    public String getOfferCode() {
        return offerCode;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public String getExternalRef() {
        return externalRef;
    }
}
