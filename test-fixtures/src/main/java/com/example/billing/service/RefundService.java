package com.example.billing.service;

import com.example.billing.gateway.GatewayTimeoutException;
import com.example.billing.gateway.PaymentGateway;
import java.math.BigDecimal;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Service;

/** Every public method is retried (class-level @Retryable). */
@Service
@Retryable(retryFor = GatewayTimeoutException.class)
public class RefundService {

    private final PaymentGateway gateway;

    public RefundService(PaymentGateway gateway) {
        this.gateway = gateway;
    }

    public void refund(String chargeId, BigDecimal amount) { // expect: non-idempotent-retry
        gateway.refund(chargeId, amount);
    }
}
