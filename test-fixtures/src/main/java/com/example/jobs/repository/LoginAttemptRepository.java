package com.example.jobs.repository;

import com.example.jobs.domain.LoginAttempt;
import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LoginAttemptRepository extends JpaRepository<LoginAttempt, Long> {

    long deleteByCreatedAtBefore(Instant cutoff);
}
