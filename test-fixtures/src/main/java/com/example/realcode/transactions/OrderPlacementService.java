package com.example.realcode.transactions;

import org.springframework.stereotype.Service;

/**
 * The racy twin every harmless shape of this package is compared with: an order inserted and the
 * stock decremented in separate commits (no log, no other system, no loop). A failure of the
 * stock update leaves an order whose stock was never taken: a real defect, a warning.
 */
@Service
public class OrderPlacementService {

    private final PurchaseOrderRepository orders;
    private final StockLevelRepository stock;

    public OrderPlacementService(PurchaseOrderRepository orders, StockLevelRepository stock) {
        this.orders = orders;
        this.stock = stock;
    }

    public void place(Long stockId) {
        orders.save(new PurchaseOrder("NEW"));
        StockLevel level = stock.findById(stockId).orElseThrow();
        level.setState("TAKEN");
        stock.save(level); // expect: missing-transaction
    }
}
