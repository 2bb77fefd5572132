package com.example.realcode.contexts.erp;

import org.springframework.stereotype.Service;

/**
 * Follows YunaiV/ruoyi-vue-pro yudao-module-erp ErpPurchaseOrderServiceImpl
 * (updatePurchaseOrderInCount / updatePurchaseOrderReturnCount): public methods without their
 * own @Transactional that keep an order's counts, called by the @Transactional methods of the
 * stock-movement services (ErpPurchaseInServiceImpl, ErpPurchaseReturnServiceImpl). Each is judged
 * in the transactions its callers run it in.
 */
@Service
public class PurchaseOrderService {

    private final PurchaseOrderRepository orders;
    private final StockMovementRepository movements;

    public PurchaseOrderService(PurchaseOrderRepository orders, StockMovementRepository movements) {
        this.orders = orders;
        this.movements = movements;
    }

    // safe: its only caller, PurchaseInService.receive, runs it in a SERIALIZABLE transaction
    public void addInCount(Long orderId, int delta) {
        PurchaseOrder order = orders.findById(orderId).orElseThrow();
        order.setInCount(order.getInCount() + delta);
        orders.save(order);
        movements.save(new StockMovement(orderId, delta));
    }

    // its only caller, PurchaseReturnService.giveBack, runs it in a default-isolation transaction:
    // both writes commit together, but the read-modify-write still races
    public void addReturnCount(Long orderId, int delta) {
        PurchaseOrder order = orders.findById(orderId).orElseThrow();
        order.setReturnCount(order.getReturnCount() + delta);
        orders.save(order); // expect: lost-update-weak-isolation
        movements.save(new StockMovement(orderId, -delta));
    }

    // also run by OutCountController without a transaction: judged by that, the weakest context
    public void addOutCount(Long orderId, int delta) {
        PurchaseOrder order = orders.findById(orderId).orElseThrow();
        order.setOutCount(order.getOutCount() + delta);
        orders.save(order); // expect: lost-update
        movements.save(new StockMovement(orderId, -delta)); // expect: missing-transaction
    }
}
