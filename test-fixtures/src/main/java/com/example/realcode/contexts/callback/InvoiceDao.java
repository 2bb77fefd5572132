package com.example.realcode.contexts.callback;

import java.math.BigDecimal;
import org.springframework.stereotype.Service;

/** Follows killbill's DefaultInvoiceDao: every operation is a callback handed to the transactional wrapper. */
@Service
public class InvoiceDao {

    private final TransactionRunner transactions;
    private final InvoiceRepository invoices;
    private final InvoicePaymentRepository payments;

    public InvoiceDao(TransactionRunner transactions, InvoiceRepository invoices, InvoicePaymentRepository payments) {
        this.transactions = transactions;
        this.invoices = invoices;
        this.payments = payments;
    }

    // both writes commit together in the runner's transaction; the default isolation does not stop the lost update
    public void recordPayment(Long invoiceId, BigDecimal amount) {
        transactions.execute(() -> {
            Invoice invoice = invoices.findById(invoiceId).orElseThrow();
            invoice.setPaid(invoice.getPaid().add(amount));
            invoices.save(invoice); // expect: lost-update-weak-isolation
            return payments.save(new InvoicePayment(invoiceId, amount));
        });
    }

    // safe: a method reference run by the SERIALIZABLE runner
    public void refund(Long invoiceId) {
        transactions.executeSerializable(this::refundAll);
    }

    private void refundAll() {
        Invoice invoice = invoices.findById(1L).orElseThrow();
        invoice.setRefunded(invoice.getRefunded().add(invoice.getPaid()));
        invoices.save(invoice);
        payments.save(new InvoicePayment(1L, invoice.getPaid().negate()));
    }

    // the retry runner opens no transaction: the callback runs in this method's context, none
    public void recordPaymentWithRetry(Long invoiceId, BigDecimal amount) {
        transactions.withRetry(() -> {
            Invoice invoice = invoices.findById(invoiceId).orElseThrow();
            invoice.setPaid(invoice.getPaid().add(amount));
            invoices.save(invoice); // expect: lost-update
            payments.save(new InvoicePayment(invoiceId, amount)); // expect: missing-transaction
        });
    }
}
