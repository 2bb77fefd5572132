package com.example.realcode.contexts.callback;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;

@Component
public class AuditEventHandler implements InvoiceEventHandler {

    private final InvoicePaymentRepository payments;

    public AuditEventHandler(InvoicePaymentRepository payments) {
        this.payments = payments;
    }

    // safe: run in the dispatcher's TransactionTemplate callback
    @Override
    public void onPaid(Long invoiceId) {
        payments.save(new InvoicePayment(invoiceId, BigDecimal.ZERO));
        payments.save(new InvoicePayment(invoiceId, BigDecimal.ZERO));
    }
}
