package com.example.realcode.devset;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Listeners of the reminder job's events (after mypill-scheduler-notifications' NotificationEventListener). */
@Component
@Transactional
public class ReminderListener {
    private final ReminderLogRepository reminders;
    private final Map<Long, Integer> dueCounts = new ConcurrentHashMap<>();

    public ReminderListener(ReminderLogRepository reminders) {
        this.reminders = reminders;
    }

    // stores one reminder row per event: every node running the job stores its own copy
    @EventListener
    public void on(ReminderDue event) {
        reminders.save(new ReminderLog(event.getPlanId()));
    }

    // no data-layer write: a per-node cache
    @EventListener
    public void on(PlansRefreshed event) {
        dueCounts.clear();
    }
}
