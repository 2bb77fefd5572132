package com.example.ordering.service;

import com.example.ordering.domain.OrderStatus;
import com.example.ordering.repository.PurchaseOrderRepository;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A final class cannot be proxied: its class-level @Transactional never applies. */
@Service
@Transactional
public final class StaleCartCleaner { // expect: transaction-bypass

    private final PurchaseOrderRepository orders;

    public StaleCartCleaner(PurchaseOrderRepository orders) {
        this.orders = orders;
    }

    public int discard(Instant cutoff) {
        var stale = orders.findByStatusAndCreatedAtBefore(OrderStatus.PLACED, cutoff);
        orders.deleteAll(stale);
        return stale.size();
    }
}
