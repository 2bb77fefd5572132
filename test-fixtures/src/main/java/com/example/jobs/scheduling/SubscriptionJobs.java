package com.example.jobs.scheduling;

import com.example.jobs.domain.InvoiceRun;
import com.example.jobs.repository.InvoiceRunRepository;
import com.example.jobs.repository.LoginAttemptRepository;
import com.example.jobs.repository.SubscriptionRepository;
import com.example.jobs.service.InvoicingService;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.Schedules;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Housekeeping jobs of the subscription service, which runs with several replicas. */
@Component
public class SubscriptionJobs {

    private final SubscriptionRepository subscriptions;
    private final LoginAttemptRepository loginAttempts;
    private final InvoiceRunRepository runs;
    private final InvoicingService invoicing;
    private final JdbcTemplate jdbcTemplate;
    private final ReentrantLock renewalLock = new ReentrantLock();

    public SubscriptionJobs(SubscriptionRepository subscriptions, LoginAttemptRepository loginAttempts,
            InvoiceRunRepository runs, InvoicingService invoicing, JdbcTemplate jdbcTemplate) {
        this.subscriptions = subscriptions;
        this.loginAttempts = loginAttempts;
        this.runs = runs;
        this.invoicing = invoicing;
        this.jdbcTemplate = jdbcTemplate;
    }

    // a conditional update (.. set status = 'EXPIRED' where .. and status = 'ACTIVE'): the second
    // replica running it at once updates nothing (issue 17)
    @Scheduled(cron = "0 0 * * * *")
    public void expireSubscriptions() {
        subscriptions.expireBefore(Instant.now());
    }

    @Scheduled(fixedDelayString = "PT10M")
    // a predicate delete is idempotent: every node running it leaves the same rows (issue 17)
    public void purgeLoginAttempts() {
        loginAttempts.deleteByCreatedAtBefore(Instant.now().minus(Duration.ofDays(30)));
    }

    // a transaction is not a lock: every replica still creates its own invoice run
    @Scheduled(cron = "0 0 2 * * *")
    public void runInvoicing() { // expect: unlocked-scheduled-job
        invoicing.invoiceDueSubscriptions();
    }

    // synchronized only serializes the threads of one replica
    @Scheduled(cron = "0 30 * * * *")
    public synchronized void renewSubscriptions() { // expect: unlocked-scheduled-job
        subscriptions.renewBefore(Instant.now(), Instant.now().plus(Duration.ofDays(30)));
    }

    // a ReentrantLock is just as local to one JVM
    @Scheduled(cron = "0 45 * * * *")
    public void renewWithLocalLock() { // expect: unlocked-scheduled-job
        renewalLock.lock();
        try {
            subscriptions.renewBefore(Instant.now(), Instant.now().plus(Duration.ofDays(30)));
        } finally {
            renewalLock.unlock();
        }
    }

    @Schedules({@Scheduled(cron = "0 0 6 * * MON-FRI"), @Scheduled(cron = "0 0 9 * * SAT")})
    @Transactional
    public void recordInvoiceRun() { // expect: unlocked-scheduled-job
        runs.save(new InvoiceRun(0));
    }

    @Scheduled(cron = "0 5 0 * * *")
    public void rollUpDailyStatistics() { // expect: unlocked-scheduled-job
        jdbcTemplate.update("insert into daily_subscription_stats (day, active) "
                + "select current_date, count(*) from subscription where status = 'ACTIVE'");
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: read-only, it only reports a gauge
    @Scheduled(fixedRate = 60_000)
    public long countActive() {
        return subscriptions.countByStatus("ACTIVE");
    }

    // safe: the called bean method holds ShedLock's lock around its write
    @Scheduled(cron = "0 0 0 1 * *")
    public void closePeriod() {
        invoicing.closeInvoicingPeriod();
    }
}
