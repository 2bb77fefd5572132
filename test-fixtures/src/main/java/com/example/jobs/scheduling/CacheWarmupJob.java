package com.example.jobs.scheduling;

import com.example.jobs.repository.SubscriptionRepository;
import java.time.Instant;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Safe: a Quartz job that only reads. */
public class CacheWarmupJob implements Job {

    private final SubscriptionRepository subscriptions;

    public CacheWarmupJob(SubscriptionRepository subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public void execute(JobExecutionContext context) {
        context.setResult(subscriptions.findByRenewsAtBefore(Instant.now()).size());
    }
}
