package com.example.realcode.jobs;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "realcode_expiring_token")
public class ExpiringToken {

    @Id
    @GeneratedValue
    private Long id;

    private String tokenHash;

    private Instant expiresAt;

    private int partition;

    private boolean reminded;

    private int reminderCount;

    protected ExpiringToken() {
    }

    public Long getId() {
        return id;
    }

    public int getPartition() {
        return partition;
    }

    public void setReminded(boolean reminded) {
        this.reminded = reminded;
    }

    public int getReminderCount() {
        return reminderCount;
    }

    public void setReminderCount(int reminderCount) {
        this.reminderCount = reminderCount;
    }
}
