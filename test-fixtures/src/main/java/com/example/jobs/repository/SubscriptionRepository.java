package com.example.jobs.repository;

import com.example.jobs.domain.Subscription;
import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SubscriptionRepository extends JpaRepository<Subscription, Long> {

    List<Subscription> findByRenewsAtBefore(Instant cutoff);

    long countByStatus(String status);

    @Modifying
    @Query("update Subscription s set s.status = 'EXPIRED' where s.renewsAt < :cutoff and s.status = 'ACTIVE'")
    int expireBefore(@Param("cutoff") Instant cutoff);

    @Modifying
    @Query("update Subscription s set s.renewsAt = :next where s.renewsAt < :cutoff and s.status = 'ACTIVE'")
    int renewBefore(@Param("cutoff") Instant cutoff, @Param("next") Instant next);
}
