package com.example.realcode.devset;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A reminder sent to a member (after the dev-set case mypill-scheduler-notifications). */
@Entity
public class ReminderLog {
    @Id
    @GeneratedValue
    Long id;
    Long planId;

    protected ReminderLog() {
    }

    public ReminderLog(Long planId) {
        this.planId = planId;
    }
}
