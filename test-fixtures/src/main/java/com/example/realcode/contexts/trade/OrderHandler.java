package com.example.realcode.contexts.trade;

/**
 * Follows YunaiV/ruoyi-vue-pro yudao-module-trade service/order/handler/TradeOrderHandler: hooks the
 * order service runs for every handler bean after an order changes state.
 */
public interface OrderHandler {

    default void afterPayOrder(Long orderId, Long memberId) {
    }

    default void afterCancelOrder(Long orderId, Long memberId) {
    }
}
