package com.example.realcode.jobs;

import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Token clean-up and reminder jobs. Shapes: the common Spring Boot token clean-up
 * (`@Scheduled @Transactional cleanup() { refreshTokenRepository.deleteByExpiresAtBefore(now); }`,
 * with a `@Modifying @Query("DELETE FROM .. WHERE t.expiresAt < :cutoff")` variant); leader-only
 * work as in Baragon's and Flink's ZooKeeper workers (`if (!leaderLatch.hasLeadership()) return;`
 * before the writes); partition ownership as in queue sweepers that only process their partitions.
 */
@Component
public class TokenMaintenanceJobs {

    private final ExpiringTokenRepository tokens;
    private final LeaderElection election;
    private final JdbcTemplate jdbc;

    public TokenMaintenanceJobs(ExpiringTokenRepository tokens, LeaderElection election, DataSource dataSource) {
        this.tokens = tokens;
        this.election = election;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    // idempotent: every node deleting the expired rows leaves the same table
    @Scheduled(fixedRate = 300_000)
    @Transactional
    public void evictExpired() {
        tokens.deleteByExpiresAtBefore(Instant.now());
        tokens.purgeExpired(Instant.now());
    }

    @Scheduled(cron = "0 0 3 * * *")
    public void purgeWithSql() {
        jdbc.update("delete from realcode_expiring_token where expires_at < ?", Instant.now());
    }

    // the leader alone goes on
    @Scheduled(fixedDelay = 60_000)
    public void remindAsLeader() {
        if (!election.isLeader()) {
            return;
        }
        for (ExpiringToken token : tokens.findByRemindedFalse()) {
            tokens.markReminded(token.getId());
        }
    }

    // each node only its own partitions
    @Scheduled(fixedDelay = 60_000)
    public void remindOwnPartitions() {
        for (ExpiringToken token : tokens.findByRemindedFalse()) {
            if (election.isMyPartition(token.getPartition())) {
                tokens.markReminded(token.getId());
            }
        }
    }

    // every node sends and marks the same reminders
    @Scheduled(fixedDelay = 60_000)
    public void remindEverywhere() { // expect: unlocked-scheduled-job
        for (ExpiringToken token : tokens.findByRemindedFalse()) {
            tokens.markReminded(token.getId());
        }
    }

    // a delete of everything followed by a re-fill is not idempotent across nodes
    @Scheduled(cron = "0 0 4 * * *")
    @Transactional
    public void rebuild() { // expect: unlocked-scheduled-job
        tokens.deleteAll();
        jdbc.update("insert into realcode_expiring_token (token_hash, expires_at) select token_hash, expires_at from realcode_token_archive");
    }

    // the leader check comes after the write: too late
    @Scheduled(fixedDelay = 60_000)
    public void checkTooLate() { // expect: unlocked-scheduled-job
        for (ExpiringToken token : tokens.findByRemindedFalse()) {
            tokens.markReminded(token.getId());
        }
        if (!election.isLeader()) {
            return;
        }
    }

    // JPA dirty checking of a constant: every node flushes the same value (the shape of litemall's
    // admin job/CouponJob.java, with a managed entity instead of a mapper update)
    @Scheduled(fixedDelay = 60_000)
    @Transactional
    public void markRemindedInPlace() {
        for (ExpiringToken token : tokens.findByRemindedFalse()) {
            token.setReminded(true);
        }
    }

    // JPA dirty checking of a value computed from what was read: every node adds its own one
    @Scheduled(fixedDelay = 60_000)
    @Transactional
    public void countReminders() { // expect: unlocked-scheduled-job
        for (ExpiringToken token : tokens.findByRemindedFalse()) {
            token.setReminderCount(token.getReminderCount() + 1); // expect: lost-update-weak-isolation
        }
    }
}
