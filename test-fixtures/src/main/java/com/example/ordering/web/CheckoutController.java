package com.example.ordering.web;

import com.example.ordering.domain.LineRequest;
import com.example.ordering.domain.PurchaseOrder;
import com.example.ordering.service.CheckoutService;
import com.example.ordering.service.StockReservations;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/checkout")
public class CheckoutController {

    private final CheckoutService checkoutService;
    private final StockReservations stockReservations;

    public CheckoutController(CheckoutService checkoutService, StockReservations stockReservations) {
        this.checkoutService = checkoutService;
        this.stockReservations = stockReservations;
    }

    // two transactional services, two separate commits: an order whose stock was never reserved
    @PostMapping
    public Long checkout(@RequestParam String email, @RequestBody List<LineRequest> lines) {
        PurchaseOrder order = checkoutService.placeOrderAtomically(email, lines);
        stockReservations.reserveAll(order.getId(), lines); // expect: missing-transaction
        return order.getId();
    }

    // --- no finding below -------------------------------------------------------------------

    // safe here: placeOrder() composes its own writes and carries the finding
    @PostMapping("/quick")
    public Long quickCheckout(@RequestParam String email, @RequestBody List<LineRequest> lines) {
        return checkoutService.placeOrder(email, lines).getId();
    }

    // safe: one transactional call
    @PostMapping("/{orderId}/reservations")
    public void reserve(@PathVariable Long orderId, @RequestBody List<LineRequest> lines) {
        stockReservations.reserveAll(orderId, lines);
    }
}
