package com.example.realcode.devset;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * After the dev-set case mypill-scheduler-notifications (MyPill2023/MyPill_V1,
 * Scheduler.sendNotifications before 3f18132cf0): a @Scheduled job whose only write happens in
 * an @EventListener it reaches through ApplicationEventPublisher.publishEvent; on several nodes
 * every node stores (and sends) each reminder. The fix added ShedLock's @SchedulerLock.
 */
@Component
public class ReminderJobs {
    private final ApplicationEventPublisher publisher;

    public ReminderJobs(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    // racy: the write is the listener's, run once per node
    @Scheduled(cron = "0 */30 * * * *")
    public void sendReminders() { // expect: unlocked-scheduled-job
        for (Long planId : duePlans()) {
            publisher.publishEvent(new ReminderDue(this, planId));
        }
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: the fix, one node at a time
    @Scheduled(cron = "0 */30 * * * *")
    @SchedulerLock(name = "sendRemindersLocked", lockAtMostFor = "PT10M")
    public void sendRemindersLocked() {
        for (Long planId : duePlans()) {
            publisher.publishEvent(new ReminderDue(this, planId));
        }
    }

    // safe: the event's listener writes nothing through the data layer
    @Scheduled(fixedDelay = 60_000)
    public void refreshPlans() {
        PlansRefreshed event = new PlansRefreshed(duePlans().size());
        publisher.publishEvent(event);
    }

    private List<Long> duePlans() {
        return List.of(1L, 2L);
    }
}
