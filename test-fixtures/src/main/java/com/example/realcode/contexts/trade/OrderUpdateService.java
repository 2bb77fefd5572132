package com.example.realcode.contexts.trade;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows ruoyi-vue-pro TradeOrderUpdateServiceImpl: a dispatcher whose @Transactional method calls
 * every handler through the interface ({@code tradeOrderHandlers.forEach(handler -> ...)}); one of
 * its public methods dispatches without a transaction.
 */
@Service
public class OrderUpdateService {

    private final List<OrderHandler> handlers;

    public OrderUpdateService(List<OrderHandler> handlers) {
        this.handlers = handlers;
    }

    @Transactional(rollbackFor = Exception.class)
    public void payOrder(Long orderId, Long memberId) {
        handlers.forEach(handler -> handler.afterPayOrder(orderId, memberId));
    }

    public void cancelOrderByAfterSale(Long orderId, Long memberId) {
        handlers.forEach(handler -> handler.afterCancelOrder(orderId, memberId));
    }
}
