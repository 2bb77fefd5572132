package com.example.realcode.contexts.callback;

/** Handlers the dispatcher runs for every invoice event (the ruoyi-vue-pro TradeOrderHandler shape). */
public interface InvoiceEventHandler {

    void onPaid(Long invoiceId);

    default void onVoided(Long invoiceId) {
    }
}
