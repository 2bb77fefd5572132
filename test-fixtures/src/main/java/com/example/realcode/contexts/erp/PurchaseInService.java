package com.example.realcode.contexts.erp;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Follows ruoyi-vue-pro ErpPurchaseInServiceImpl.createPurchaseIn: the facade owns the transaction. */
@Service
public class PurchaseInService {

    private final PurchaseOrderService purchaseOrders;

    public PurchaseInService(PurchaseOrderService purchaseOrders) {
        this.purchaseOrders = purchaseOrders;
    }

    @Transactional(isolation = Isolation.SERIALIZABLE)
    public void receive(Long orderId, int count) {
        purchaseOrders.addInCount(orderId, count);
    }
}
