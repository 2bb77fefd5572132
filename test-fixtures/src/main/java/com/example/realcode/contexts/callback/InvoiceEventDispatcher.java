package com.example.realcode.contexts.callback;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A dispatcher that wraps its handlers in a programmatic transaction: the handler loop of
 * ruoyi-vue-pro TradeOrderUpdateServiceImpl run inside a callback, as killbill's DAOs run their
 * work inside EntitySqlDaoTransactionalJdbiWrapper.execute.
 */
@Service
public class InvoiceEventDispatcher {

    private final TransactionTemplate transactionTemplate;
    private final List<InvoiceEventHandler> handlers;

    public InvoiceEventDispatcher(TransactionTemplate transactionTemplate, List<InvoiceEventHandler> handlers) {
        this.transactionTemplate = transactionTemplate;
        this.handlers = handlers;
    }

    public void paid(Long invoiceId) {
        transactionTemplate.executeWithoutResult(status -> handlers.forEach(handler -> handler.onPaid(invoiceId)));
    }

    public void voided(Long invoiceId) {
        for (InvoiceEventHandler handler : handlers) {
            handler.onVoided(invoiceId);
        }
    }
}
