package com.example.jobs.domain;

import com.example.common.persistence.VersionedEntity;
import jakarta.persistence.Entity;
import java.time.Instant;

@Entity
public class Subscription extends VersionedEntity {

    private String customerEmail;

    private String status = "ACTIVE";

    private Instant renewsAt;

    protected Subscription() {
    }

    public Subscription(String customerEmail, Instant renewsAt) {
        this.customerEmail = customerEmail;
        this.renewsAt = renewsAt;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    public String getStatus() {
        return status;
    }

    public Instant getRenewsAt() {
        return renewsAt;
    }
}
