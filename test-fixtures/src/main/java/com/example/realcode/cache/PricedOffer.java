package com.example.realcode.cache;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** An offer with a version: a cached copy written back fails instead of overwriting. */
@Entity
public class PricedOffer {
    @Id
    @GeneratedValue
    private Long id;
    private int remaining;
    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public int getRemaining() {
        return remaining;
    }

    public void setRemaining(int remaining) {
        this.remaining = remaining;
    }
}
