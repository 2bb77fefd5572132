package com.example.loyalty.domain;

import com.example.common.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** Points balance of a loyalty-programme member. No version. */
@Entity
public class LoyaltyAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String memberNumber;

    private String displayName;

    private long points;

    private int visits;

    @Enumerated(EnumType.STRING)
    private Tier tier = Tier.BASIC;

    private LocalDate validUntil;

    protected LoyaltyAccount() {
    }

    public Long getId() {
        return id;
    }

    public String getMemberNumber() {
        return memberNumber;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public long getPoints() {
        return points;
    }

    public void setPoints(long points) {
        this.points = points;
    }

    public int getVisits() {
        return visits;
    }

    public void setVisits(int visits) {
        this.visits = visits;
    }

    public Tier getTier() {
        return tier;
    }

    public void setTier(Tier tier) {
        this.tier = tier;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public void addPoints(long earned) {
        this.points += earned;
    }

    public void redeem(long cost) {
        if (cost > points) {
            throw new DomainException("member " + memberNumber + " has only " + points + " points");
        }
        this.points -= cost;
    }
}
