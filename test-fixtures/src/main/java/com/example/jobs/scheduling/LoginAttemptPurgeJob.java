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
    protected void executeInternal(JobExecutionContext context) { // expect: unlocked-scheduled-job
        loginAttempts.deleteByCreatedAtBefore(Instant.now().minus(Duration.ofDays(90)));
    }
}
