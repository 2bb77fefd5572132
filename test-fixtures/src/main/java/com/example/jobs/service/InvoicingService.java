package com.example.jobs.service;

import com.example.jobs.domain.InvoiceRun;
import com.example.jobs.repository.InvoiceRunRepository;
import com.example.jobs.repository.SubscriptionRepository;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class InvoicingService {

    private final SubscriptionRepository subscriptions;
    private final InvoiceRunRepository runs;

    public InvoicingService(SubscriptionRepository subscriptions, InvoiceRunRepository runs) {
        this.subscriptions = subscriptions;
        this.runs = runs;
    }

    @Transactional
    public InvoiceRun invoiceDueSubscriptions() {
        int due = subscriptions.findByRenewsAtBefore(Instant.now()).size();
        return runs.save(new InvoiceRun(due));
    }

    // the lock sits on the bean method the job calls
    @SchedulerLock(name = "closeInvoicingPeriod", lockAtMostFor = "PT15M")
    @Transactional
    public InvoiceRun closeInvoicingPeriod() {
        return runs.save(new InvoiceRun(0));
    }
}
