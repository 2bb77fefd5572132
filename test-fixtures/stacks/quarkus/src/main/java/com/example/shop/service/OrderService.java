package com.example.shop.service;

import com.example.shop.entity.OrderLine;
import com.example.shop.entity.OrderStatus;
import com.example.shop.entity.ShopOrder;
import com.example.shop.repository.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

@ApplicationScoped
public class OrderService {

    @Inject
    OrderRepository orders;

    @Inject
    InventoryService inventory;

    /** ShopOrder is @Version-ed: a concurrent payment of the same order fails instead of being lost. */
    @Transactional
    public ShopOrder markPaid(Long orderId) {
        ShopOrder order = orders.findByIdOptional(orderId).orElseThrow(NotFoundException::new);
        if (order.status == OrderStatus.OPEN) {
            order.status = OrderStatus.PAID;
        }
        return order;
    }

    /**
     * Removes a line of an open order (the inverse-side collection: no column of the order changes)
     * and gives its units back through the line's public association field. Shape of
     * quarkus-quickstarts hibernate-search-orm-elasticsearch-quickstart LibraryResource.deleteBook.
     */
    @Transactional
    public void removeLine(Long lineId) {
        OrderLine line = OrderLine.findById(lineId);
        line.order.lines.remove(line);
        line.product.stock += line.quantity; // expect: lost-update-weak-isolation
        line.delete();
    }

    /** The same removal alone. */
    @Transactional
    public void dropLine(Long lineId) {
        OrderLine line = OrderLine.findById(lineId);
        if (line != null) {
            line.order.lines.remove(line);
            line.delete();
        }
    }

    /** A compare-and-set update: of two concurrent cancellations one changes the row. */
    @Transactional
    public boolean cancelOrder(Long orderId) {
        return orders.update("status = ?1 where id = ?2 and status = ?3", OrderStatus.CANCELLED, orderId, OrderStatus.OPEN) == 1;
    }

    /**
     * Cancels, then gives the stock back, each in its own transaction (ArC intercepts the
     * self-invocation of cancelOrder()): a failure in between leaves the order cancelled with its units sold.
     */
    public void cancelAndRestock(Long orderId) {
        if (cancelOrder(orderId)) {
            ShopOrder order = orders.findById(orderId);
            order.lines.forEach(line -> inventory.release(line.product.id, line.quantity)); // expect: missing-transaction
        }
    }
}
