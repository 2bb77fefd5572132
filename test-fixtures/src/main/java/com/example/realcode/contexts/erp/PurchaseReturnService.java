package com.example.realcode.contexts.erp;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Follows ruoyi-vue-pro ErpPurchaseReturnServiceImpl: @Transactional(rollbackFor = Exception.class), default isolation. */
@Service
public class PurchaseReturnService {

    private final PurchaseOrderService purchaseOrders;

    public PurchaseReturnService(PurchaseOrderService purchaseOrders) {
        this.purchaseOrders = purchaseOrders;
    }

    @Transactional(rollbackFor = Exception.class)
    public void giveBack(Long orderId, int count) {
        purchaseOrders.addReturnCount(orderId, count);
    }

    @Transactional(rollbackFor = Exception.class)
    public void ship(Long orderId, int count) {
        purchaseOrders.addOutCount(orderId, count);
    }
}
