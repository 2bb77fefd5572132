package com.example.coupons.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A code is unique per campaign, not globally. */
@Entity
@Table(name = "coupons", uniqueConstraints = @UniqueConstraint(name = "uq_coupon_campaign_code", columnNames = {"campaign_id", "code"}))
public class Coupon {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(nullable = false, length = 32)
    private String code;

    private String channel;

    protected Coupon() {
    }

    public Coupon(Long campaignId, String code, String channel) {
        this.campaignId = campaignId;
        this.code = code;
        this.channel = channel;
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getCode() {
        return code;
    }

    public String getChannel() {
        return channel;
    }
}
