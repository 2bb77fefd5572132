package com.example.messaging.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class RewardAccount {

    @Id
    private Long id;

    private long points;

    protected RewardAccount() {
    }

    public Long getId() {
        return id;
    }

    public long getPoints() {
        return points;
    }
}
