package com.example.shop.job;

import com.example.shop.entity.OrderLine;
import com.example.shop.entity.OrderStatus;
import com.example.shop.entity.ShopOrder;
import com.example.shop.repository.OrderRepository;
import com.example.shop.service.InventoryService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * Cancels orders left open and gives their units back. Every instance of the service runs it:
 * two instances both give the units of one order back (the increment is atomic, the job is not).
 */
@ApplicationScoped
public class AbandonedOrderJob {

    @Inject
    OrderRepository orders;

    @Inject
    InventoryService inventory;

    @Scheduled(every = "15m")
    @Transactional
    void cancelAbandoned() { // expect: unlocked-scheduled-job
        for (ShopOrder order : orders.findOpenSince(Instant.now().minus(Duration.ofHours(2)))) {
            order.status = OrderStatus.CANCELLED;
            for (OrderLine line : order.lines) {
                inventory.release(line.product.id, line.quantity);
            }
        }
    }

    /** Deletes by a predicate: a second instance deletes nothing more. */
    @Scheduled(cron = "0 0 4 * * ?")
    @Transactional
    void purgeCancelled() {
        ShopOrder.delete("status = ?1 and createdAt < ?2", OrderStatus.CANCELLED, Instant.now().minus(Duration.ofDays(30)));
    }
}
