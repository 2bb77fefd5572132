package com.example.realcode.jobs;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ExpiringTokenRepository extends JpaRepository<ExpiringToken, Long> {

    long deleteByExpiresAtBefore(Instant cutoff);

    @Modifying
    @Query("DELETE FROM ExpiringToken t WHERE t.expiresAt < :cutoff")
    int purgeExpired(Instant cutoff);

    List<ExpiringToken> findByRemindedFalse();

    @Modifying
    @Query("UPDATE ExpiringToken t SET t.reminded = true WHERE t.id = :id")
    int markReminded(Long id);
}
