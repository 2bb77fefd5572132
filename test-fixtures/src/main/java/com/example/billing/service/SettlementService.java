package com.example.billing.service;

import com.example.billing.domain.JournalEntry;
import com.example.billing.gateway.PaymentGateway;
import com.example.billing.gateway.PaymentGateway.ChargeResult;
import com.example.billing.repository.JournalEntryRepository;
import io.github.resilience4j.retry.Retry;
import java.math.BigDecimal;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Programmatic retries: Spring Retry's RetryTemplate and Resilience4j's Retry. */
@Service
public class SettlementService {

    private final RetryTemplate retryTemplate;
    private final Retry gatewayRetry;
    private final TransactionTemplate transactionTemplate;
    private final JournalEntryRepository journal;
    private final PaymentGateway gateway;

    public SettlementService(RetryTemplate retryTemplate, Retry gatewayRetry, TransactionTemplate transactionTemplate,
            JournalEntryRepository journal, PaymentGateway gateway) {
        this.retryTemplate = retryTemplate;
        this.gatewayRetry = gatewayRetry;
        this.transactionTemplate = transactionTemplate;
        this.journal = journal;
        this.gateway = gateway;
    }

    public JournalEntry settle(String account, BigDecimal amount) {
        return retryTemplate.execute(context -> journal.save(new JournalEntry(account, amount))); // expect: non-idempotent-retry
    }

    public ChargeResult collect(String cardToken, BigDecimal amount) {
        return gatewayRetry.executeSupplier(() -> gateway.charge(cardToken, amount)); // expect: non-idempotent-retry
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: each attempt runs in its own transaction, rolled back when it fails
    public JournalEntry settleAtomically(String account, BigDecimal amount) {
        return retryTemplate.execute(context ->
                transactionTemplate.execute(status -> journal.save(new JournalEntry(account, amount))));
    }

    // safe: the retried call passes an idempotency key
    public ChargeResult collectOnce(String cardToken, BigDecimal amount, String idempotencyKey) {
        return gatewayRetry.executeSupplier(() -> gateway.charge(cardToken, amount, idempotencyKey));
    }
}
