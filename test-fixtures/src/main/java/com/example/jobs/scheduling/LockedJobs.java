package com.example.jobs.scheduling;

import com.example.jobs.domain.InvoiceRun;
import com.example.jobs.repository.InvoiceRunRepository;
import com.example.jobs.repository.LoginAttemptRepository;
import com.example.jobs.repository.SubscriptionRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;
import org.springframework.integration.support.locks.LockRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The same kind of housekeeping, each job kept to one replica at a time. */
@Component
public class LockedJobs {

    private final SubscriptionRepository subscriptions;
    private final LoginAttemptRepository loginAttempts;
    private final InvoiceRunRepository runs;
    private final RedissonClient redisson;
    private final LockRegistry lockRegistry;
    private final LockingTaskExecutor lockingTaskExecutor;
    private final JdbcTemplate jdbcTemplate;

    public LockedJobs(SubscriptionRepository subscriptions, LoginAttemptRepository loginAttempts, InvoiceRunRepository runs,
            RedissonClient redisson, LockRegistry lockRegistry, LockingTaskExecutor lockingTaskExecutor, JdbcTemplate jdbcTemplate) {
        this.subscriptions = subscriptions;
        this.loginAttempts = loginAttempts;
        this.runs = runs;
        this.redisson = redisson;
        this.lockRegistry = lockRegistry;
        this.lockingTaskExecutor = lockingTaskExecutor;
        this.jdbcTemplate = jdbcTemplate;
    }

    // safe: ShedLock
    @Scheduled(cron = "0 0 * * * *")
    @SchedulerLock(name = "expireSubscriptions", lockAtMostFor = "PT5M")
    public void expireSubscriptions() {
        subscriptions.expireBefore(Instant.now());
    }

    // safe: a Redisson lock around the write
    @Scheduled(fixedDelayString = "PT10M")
    public void purgeLoginAttempts() throws InterruptedException {
        RLock lock = redisson.getLock("purge-login-attempts");
        if (lock.tryLock(0, 10, TimeUnit.MINUTES)) {
            try {
                loginAttempts.deleteByCreatedAtBefore(Instant.now().minus(Duration.ofDays(30)));
            } finally {
                lock.unlock();
            }
        }
    }

    // safe: a Spring Integration (JDBC / Redis) lock registry
    @Scheduled(cron = "0 30 * * * *")
    public void renewSubscriptions() {
        Lock lock = lockRegistry.obtain("renew-subscriptions");
        if (!lock.tryLock()) {
            return;
        }
        try {
            subscriptions.renewBefore(Instant.now(), Instant.now().plus(Duration.ofDays(30)));
        } finally {
            lock.unlock();
        }
    }

    // safe: a PostgreSQL advisory lock held by the job's transaction
    @Scheduled(cron = "0 5 0 * * *")
    @Transactional
    public void rollUpDailyStatistics() {
        Boolean acquired = jdbcTemplate.queryForObject("select pg_try_advisory_xact_lock(4711)", Boolean.class);
        if (Boolean.TRUE.equals(acquired)) {
            jdbcTemplate.update("insert into daily_subscription_stats (day, active) "
                    + "select current_date, count(*) from subscription where status = 'ACTIVE'");
        }
    }

    // safe: ShedLock's programmatic executor
    @Scheduled(cron = "0 0 2 * * *")
    public void recordInvoiceRun() {
        lockingTaskExecutor.executeWithLock((Runnable) () -> runs.save(new InvoiceRun(0)),
                new LockConfiguration(Instant.now(), "recordInvoiceRun", Duration.ofMinutes(5), Duration.ZERO));
    }

    // safe: ShedLock on a job that writes in its transaction
    @Scheduled(cron = "0 15 * * * *")
    @SchedulerLock(name = "recordHourlyRun", lockAtMostFor = "PT5M")
    @Transactional
    public void recordHourlyRun() {
        runs.save(new InvoiceRun(subscriptions.findByRenewsAtBefore(Instant.now()).size()));
    }
}
