package com.example.coupons.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** serial_number is unique through the Liquibase changelog (changes/001-gift-cards.xml). */
@Entity
@Table(name = "gift_cards")
public class GiftCard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String serialNumber;

    private long balanceCents;

    protected GiftCard() {
    }

    public GiftCard(String serialNumber, long balanceCents) {
        this.serialNumber = serialNumber;
        this.balanceCents = balanceCents;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public long getBalanceCents() {
        return balanceCents;
    }
}
