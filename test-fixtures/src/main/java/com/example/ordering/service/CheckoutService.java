package com.example.ordering.service;

import com.example.common.NotFoundException;
import com.example.ordering.domain.Consignment;
import com.example.ordering.domain.LineRequest;
import com.example.ordering.domain.OrderLine;
import com.example.ordering.domain.OrderStatus;
import com.example.ordering.domain.PurchaseOrder;
import com.example.ordering.repository.ConsignmentRepository;
import com.example.ordering.repository.OrderLineRepository;
import com.example.ordering.repository.PurchaseOrderRepository;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Checkout and order maintenance. No class-level transaction: each method decides. */
@Service
public class CheckoutService {

    private final PurchaseOrderRepository orders;
    private final OrderLineRepository lines;
    private final ConsignmentRepository consignments;
    private final OrderEventLog eventLog;
    private final StockReservations stockReservations;
    private final TransactionTemplate transactionTemplate;

    public CheckoutService(PurchaseOrderRepository orders, OrderLineRepository lines, ConsignmentRepository consignments,
            OrderEventLog eventLog, StockReservations stockReservations, TransactionTemplate transactionTemplate) {
        this.orders = orders;
        this.lines = lines;
        this.consignments = consignments;
        this.eventLog = eventLog;
        this.stockReservations = stockReservations;
        this.transactionTemplate = transactionTemplate;
    }

    // the order commits before its lines: a failing line leaves an order without lines
    public PurchaseOrder placeOrder(String email, List<LineRequest> requested) {
        PurchaseOrder order = orders.save(new PurchaseOrder(email, total(requested)));
        lines.saveAll(toLines(order.getId(), requested)); // expect: missing-transaction
        return order;
    }

    public void cancel(Long orderId) {
        orders.updateStatus(orderId, OrderStatus.CANCELLED);
        consignments.deleteByOrderId(orderId); // expect: missing-transaction
    }

    // the second write happens in a private helper
    public PurchaseOrder duplicate(Long orderId) {
        PurchaseOrder original = orders.findById(orderId)
                .orElseThrow(() -> new NotFoundException("order", orderId));
        PurchaseOrder copy = orders.save(new PurchaseOrder(original.getCustomerEmail(), original.getTotal()));
        copyLines(orderId, copy.getId()); // expect: missing-transaction
        return copy;
    }

    // the audit entry is written by another bean, in its own commit
    public void approve(Long orderId) {
        orders.updateStatus(orderId, OrderStatus.APPROVED);
        eventLog.record(orderId, "APPROVED"); // expect: missing-transaction
    }

    // both writes sit in one private helper: the finding belongs to this method, at the call
    public void ship(Long orderId, String carrier) {
        registerConsignment(orderId, carrier); // expect: missing-transaction
    }

    // the lines are replaced in one transaction, the event is written after it committed
    public void replaceLines(Long orderId, List<LineRequest> requested) {
        transactionTemplate.executeWithoutResult(status -> {
            lines.deleteByOrderId(orderId);
            lines.saveAll(toLines(orderId, requested));
        });
        eventLog.record(orderId, "LINES_REPLACED"); // expect: missing-transaction
    }

    // NOT_SUPPORTED runs without a transaction
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void purge(Long orderId) {
        lines.deleteByOrderId(orderId);
        orders.deleteById(orderId); // expect: missing-transaction
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: one transaction around both writes
    @Transactional
    public PurchaseOrder placeOrderAtomically(String email, List<LineRequest> requested) {
        PurchaseOrder order = orders.save(new PurchaseOrder(email, total(requested)));
        lines.saveAll(toLines(order.getId(), requested));
        return order;
    }

    // safe: TransactionTemplate around both writes
    public void cancelAtomically(Long orderId) {
        transactionTemplate.executeWithoutResult(status -> {
            orders.updateStatus(orderId, OrderStatus.CANCELLED);
            consignments.deleteByOrderId(orderId);
        });
    }

    // safe: a single saveAll is one write
    public List<OrderLine> addLines(Long orderId, List<LineRequest> requested) {
        return lines.saveAll(toLines(orderId, requested));
    }

    // safe: exclusive branches, one write either way
    public void close(Long orderId, boolean delivered) {
        if (delivered) {
            orders.updateStatus(orderId, OrderStatus.ARCHIVED);
        } else {
            orders.updateStatus(orderId, OrderStatus.CANCELLED);
        }
    }

    // safe: the early return makes the two writes alternatives
    public void dispatch(Long orderId, String carrier) {
        if (carrier == null) {
            orders.updateStatus(orderId, OrderStatus.APPROVED);
            return;
        }
        consignments.save(new Consignment(orderId, carrier));
    }

    // safe: the bookkeeping in the catch block is not a second step of the operation
    public void approveOrFlag(Long orderId) {
        try {
            orders.updateStatus(orderId, OrderStatus.APPROVED);
        } catch (DataAccessException e) {
            eventLog.record(orderId, "APPROVAL_FAILED");
            throw e;
        }
    }

    // safe: one write per order; each iteration is its own unit of work
    public void approveAll(List<Long> orderIds) {
        for (Long orderId : orderIds) {
            orders.updateStatus(orderId, OrderStatus.APPROVED);
        }
    }

    // safe: all writes happen inside one transactional method of another bean
    public void reserveStock(Long orderId, List<LineRequest> requested) {
        stockReservations.reserveAll(orderId, requested);
    }

    private void copyLines(Long fromOrderId, Long toOrderId) {
        List<OrderLine> copies = lines.findByOrderId(fromOrderId).stream()
                .map(line -> new OrderLine(toOrderId, line.getSku(), line.getQuantity(), line.getUnitPrice()))
                .toList();
        lines.saveAll(copies);
    }

    private void registerConsignment(Long orderId, String carrier) {
        consignments.save(new Consignment(orderId, carrier));
        orders.updateStatus(orderId, OrderStatus.SHIPPED);
    }

    private static List<OrderLine> toLines(Long orderId, List<LineRequest> requested) {
        return requested.stream()
                .map(line -> new OrderLine(orderId, line.sku(), line.quantity(), line.unitPrice()))
                .toList();
    }

    private static BigDecimal total(List<LineRequest> requested) {
        return requested.stream()
                .map(line -> line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
