package com.example.realcode.devset;

import org.springframework.context.ApplicationEvent;

/** Published by the reminder job once per plan due now. */
public class ReminderDue extends ApplicationEvent {
    private final Long planId;

    public ReminderDue(Object source, Long planId) {
        super(source);
        this.planId = planId;
    }

    public Long getPlanId() {
        return planId;
    }
}
