package com.example.jobs.scheduling;

import com.example.jobs.domain.InvoiceRun;
import com.example.jobs.repository.InvoiceRunRepository;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** A Quartz job; the application uses the in-memory (non-clustered) job store. */
public class RenewalReminderJob implements Job {

    private final InvoiceRunRepository runs;

    public RenewalReminderJob(InvoiceRunRepository runs) {
        this.runs = runs;
    }

    @Override
    public void execute(JobExecutionContext context) { // expect: unlocked-scheduled-job
        runs.save(new InvoiceRun(context.getMergedJobDataMap().getInt("reminders")));
    }
}
