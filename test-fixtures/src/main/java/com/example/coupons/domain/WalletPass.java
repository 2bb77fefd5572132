package com.example.coupons.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** pass_token has a unique expression index in the Liquibase formatted-SQL changelog. */
@Entity
@Table(name = "wallet_passes")
public class WalletPass {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String passToken;

    private Long customerId;

    protected WalletPass() {
    }

    public WalletPass(String passToken, Long customerId) {
        this.passToken = passToken;
        this.customerId = customerId;
    }

    public String getPassToken() {
        return passToken;
    }

    public Long getCustomerId() {
        return customerId;
    }
}
