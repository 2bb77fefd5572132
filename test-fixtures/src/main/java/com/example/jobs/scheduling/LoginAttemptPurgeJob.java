package com.example.jobs.scheduling;

import com.example.jobs.repository.LoginAttemptRepository;
import java.time.Duration;
import java.time.Instant;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

public class LoginAttemptPurgeJob extends QuartzJobBean {

    private final LoginAttemptRepository loginAttempts;

    public LoginAttemptPurgeJob(LoginAttemptRepository loginAttempts) {
        this.loginAttempts = loginAttempts;
    }

    @Override
    // a predicate delete is idempotent: every node running it leaves the same rows (issue 17)
    protected void executeInternal(JobExecutionContext context) {
        loginAttempts.deleteByCreatedAtBefore(Instant.now().minus(Duration.ofDays(90)));
    }
}
