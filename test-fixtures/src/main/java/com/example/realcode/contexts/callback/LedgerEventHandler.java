package com.example.realcode.contexts.callback;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;

@Component
public class LedgerEventHandler implements InvoiceEventHandler {

    private final InvoicePaymentRepository payments;

    public LedgerEventHandler(InvoicePaymentRepository payments) {
        this.payments = payments;
    }

    // safe: InvoiceEventDispatcher.paid runs the handlers in a TransactionTemplate callback
    @Override
    public void onPaid(Long invoiceId) {
        payments.save(new InvoicePayment(invoiceId, BigDecimal.ONE));
        payments.save(new InvoicePayment(invoiceId, BigDecimal.ONE.negate()));
    }

    // InvoiceEventDispatcher.voided runs the handlers without a transaction
    @Override
    public void onVoided(Long invoiceId) {
        payments.save(new InvoicePayment(invoiceId, BigDecimal.TEN));
        payments.save(new InvoicePayment(invoiceId, BigDecimal.TEN.negate())); // expect: missing-transaction
    }
}
