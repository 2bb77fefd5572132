package com.example.realcode.contexts.erp;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A request handler that reaches PurchaseOrderService.addOutCount without a transaction. */
@RestController
public class OutCountController {

    private final PurchaseOrderService purchaseOrders;

    public OutCountController(PurchaseOrderService purchaseOrders) {
        this.purchaseOrders = purchaseOrders;
    }

    @PostMapping("/purchase-orders/{id}/out-count/{delta}")
    public void correct(@PathVariable Long id, @PathVariable int delta) {
        purchaseOrders.addOutCount(id, delta);
    }
}
