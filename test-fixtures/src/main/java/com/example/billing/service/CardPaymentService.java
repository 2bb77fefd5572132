package com.example.billing.service;

import com.example.billing.domain.Payment;
import com.example.billing.domain.ProcessedRequest;
import com.example.billing.gateway.ExchangeRateClient;
import com.example.billing.gateway.GatewayTimeoutException;
import com.example.billing.gateway.PaymentGateway;
import com.example.billing.gateway.PaymentGateway.ChargeResult;
import com.example.billing.repository.CustomerCreditRepository;
import com.example.billing.repository.PaymentRepository;
import com.example.billing.repository.ProcessedRequestRepository;
import io.github.resilience4j.retry.annotation.Retry;
import java.math.BigDecimal;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Card payments against an unreliable processor, with Spring Retry and Resilience4j. */
@Service
public class CardPaymentService {

    private final PaymentGateway gateway;
    private final PaymentRepository payments;
    private final CustomerCreditRepository credits;
    private final ProcessedRequestRepository processedRequests;
    private final JournalWriter journalWriter;
    private final ExchangeRateClient exchangeRates;

    public CardPaymentService(PaymentGateway gateway, PaymentRepository payments, CustomerCreditRepository credits,
            ProcessedRequestRepository processedRequests, JournalWriter journalWriter, ExchangeRateClient exchangeRates) {
        this.gateway = gateway;
        this.payments = payments;
        this.credits = credits;
        this.processedRequests = processedRequests;
        this.journalWriter = journalWriter;
        this.exchangeRates = exchangeRates;
    }

    // a timeout after the processor accepted the charge charges the card again
    @Retryable(retryFor = GatewayTimeoutException.class, maxAttempts = 4, backoff = @Backoff(delay = 500))
    public ChargeResult charge(String cardToken, BigDecimal amount) { // expect: non-idempotent-retry
        return gateway.charge(cardToken, amount);
    }

    // each attempt inserts a payment row, committed on its own
    @Retryable(retryFor = TransientDataAccessException.class)
    public Payment recordPayment(Long orderId, BigDecimal amount) { // expect: non-idempotent-retry
        return payments.save(new Payment(orderId, amount));
    }

    // the transaction rolls back the insert, but not the charge at the processor
    @Retryable(retryFor = GatewayTimeoutException.class)
    @Transactional
    public Payment chargeAndRecord(Long orderId, String cardToken, BigDecimal amount) { // expect: non-idempotent-retry
        gateway.charge(cardToken, amount); // expect: side-effect-in-transaction
        return payments.save(new Payment(orderId, amount));
    }

    // the insert happens in another bean, committed before the retry
    @Retryable(retryFor = TransientDataAccessException.class)
    public void bookFee(String account, BigDecimal fee) { // expect: non-idempotent-retry
        journalWriter.post(account, fee);
    }

    // an atomic increment is still applied once per attempt
    @Retryable(retryFor = TransientDataAccessException.class)
    public void grantCredit(Long customerId, BigDecimal amount) { // expect: non-idempotent-retry
        credits.addCredit(customerId, amount);
    }

    @Retry(name = "journal")
    public void postAdjustment(String account, BigDecimal amount) { // expect: non-idempotent-retry
        journalWriter.post(account, amount);
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: each attempt is one transaction; a failed attempt rolls its insert back
    @Retryable(retryFor = TransientDataAccessException.class)
    @Transactional
    public Payment recordPaymentAtomically(Long orderId, BigDecimal amount) {
        return payments.save(new Payment(orderId, amount));
    }

    // safe: the idempotency key (unique column) is checked first
    @Retryable(retryFor = TransientDataAccessException.class)
    public Payment recordPaymentOnce(String requestId, Long orderId, BigDecimal amount) {
        if (payments.existsByRequestId(requestId)) {
            return payments.findByRequestId(requestId).orElseThrow();
        }
        return payments.save(new Payment(requestId, orderId, amount));
    }

    // safe: the processor deduplicates on the idempotency key
    @Retryable(retryFor = GatewayTimeoutException.class, maxAttempts = 4)
    public ChargeResult chargeOnce(String cardToken, BigDecimal amount, String idempotencyKey) {
        return gateway.charge(cardToken, amount, idempotencyKey);
    }

    // safe: the unique constraint rejects the duplicate and the catch returns the first row
    @Retryable(retryFor = TransientDataAccessException.class)
    public Payment recordPaymentCatchingDuplicate(String requestId, Long orderId, BigDecimal amount) {
        try {
            return payments.saveAndFlush(new Payment(requestId, orderId, amount));
        } catch (DataIntegrityViolationException duplicate) {
            return payments.findByRequestId(requestId).orElseThrow();
        }
    }

    // safe: setting a status is idempotent
    @Retryable(retryFor = TransientDataAccessException.class)
    public void markRefunded(Long paymentId) {
        payments.updateStatus(paymentId, "REFUNDED");
    }

    // safe: a pure read
    @Retryable(retryFor = GatewayTimeoutException.class)
    public BigDecimal convert(BigDecimal amount, String from, String to) {
        return amount.multiply(exchangeRates.rate(from, to));
    }

    // safe: the entity's id is the caller's request id, so a second save updates the same row
    @Retryable(retryFor = TransientDataAccessException.class)
    public void rememberRequest(String requestId) {
        processedRequests.save(new ProcessedRequest(requestId));
    }

    // safe: a single attempt is no retry
    @Retryable(retryFor = TransientDataAccessException.class, maxAttempts = 1)
    public Payment recordPaymentWithoutRetry(Long orderId, BigDecimal amount) {
        return payments.save(new Payment(orderId, amount));
    }
}
