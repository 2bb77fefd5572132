package com.example.referrals.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** Who referred whom. A person should be referred once; nothing in the schema says so. */
@Entity
public class Referral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long referrerId;

    private String refereeEmail;

    private Instant createdAt = Instant.now();

    protected Referral() {
    }

    public Referral(Long referrerId, String refereeEmail) {
        this.referrerId = referrerId;
        this.refereeEmail = refereeEmail;
    }

    public Long getId() {
        return id;
    }

    public Long getReferrerId() {
        return referrerId;
    }

    public String getRefereeEmail() {
        return refereeEmail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
