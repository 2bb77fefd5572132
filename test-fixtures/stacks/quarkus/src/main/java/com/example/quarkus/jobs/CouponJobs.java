package com.example.quarkus.jobs;

import com.example.quarkus.inventory.Coupon;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Quarkus scheduler jobs run on every node of a cluster: writes need a distributed lock
 * (concurrentExecution = SKIP only holds within one instance).
 */
@ApplicationScoped
public class CouponJobs {

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void topUp() { // expect: unlocked-scheduled-job
        List<Coupon> coupons = Coupon.listAll();
        for (Coupon coupon : coupons) {
            coupon.remainingUses = coupon.remainingUses + 10; // expect: lost-update-weak-isolation
        }
    }

    @Scheduled(cron = "0 0 3 * * ?")
    @Transactional
    void purgeExpired() {
        Coupon.delete("expiresAt < ?1", Instant.now());
    }
}
