package com.example.billing.gateway;

import java.math.BigDecimal;

/** The card processor's SDK, wrapped; implemented in the integration module. */
public interface PaymentGateway {

    ChargeResult charge(String cardToken, BigDecimal amount);

    ChargeResult charge(String cardToken, BigDecimal amount, String idempotencyKey);

    void refund(String chargeId, BigDecimal amount);

    record ChargeResult(String chargeId, boolean approved) {
    }
}
