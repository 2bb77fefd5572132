package com.example.ordering.service;

import com.example.ordering.domain.OrderStatus;
import com.example.ordering.repository.PurchaseOrderRepository;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Clean-up of stale orders; every public method runs in the class-level transaction. */
@Service
@Transactional
public class OrderMaintenance {

    private final PurchaseOrderRepository orders;

    public OrderMaintenance(PurchaseOrderRepository orders) {
        this.orders = orders;
    }

    // safe: class-level transaction on both sides of the self-invocation
    public int cancelStale(Instant cutoff) {
        List<Long> stale = orders.findIdsByStatusBefore(OrderStatus.PLACED, cutoff);
        for (Long orderId : stale) {
            cancel(orderId);
        }
        return stale.size();
    }

    // safe: public method of a non-final class, called through the proxy
    public void cancel(Long orderId) {
        orders.updateStatus(orderId, OrderStatus.CANCELLED);
    }

    // a static method is never called through the proxy
    @Transactional
    public static int cancelAll(PurchaseOrderRepository repository, List<Long> orderIds) { // expect: transaction-bypass
        orderIds.forEach(id -> repository.updateStatus(id, OrderStatus.CANCELLED));
        return orderIds.size();
    }
}
