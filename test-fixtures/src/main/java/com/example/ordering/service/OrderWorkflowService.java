package com.example.ordering.service;

import com.example.common.NotFoundException;
import com.example.ordering.domain.OrderStatus;
import com.example.ordering.domain.PurchaseOrder;
import com.example.ordering.repository.PurchaseOrderRepository;
import jakarta.annotation.PostConstruct;
import java.time.Instant;
import java.util.List;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Status transitions of orders. */
@Service
public class OrderWorkflowService {

    private final PurchaseOrderRepository orders;
    private final OrderEventLog eventLog;
    private final TransactionTemplate transactionTemplate;
    private final OrderWorkflowService self;

    public OrderWorkflowService(PurchaseOrderRepository orders, OrderEventLog eventLog,
            TransactionTemplate transactionTemplate, @Lazy OrderWorkflowService self) {
        this.orders = orders;
        this.eventLog = eventLog;
        this.transactionTemplate = transactionTemplate;
        this.self = self;
    }

    @Transactional
    public void submit(Long orderId) {
        orders.updateStatus(orderId, OrderStatus.PLACED);
        eventLog.record(orderId, "SUBMITTED");
    }

    @Transactional
    public void archive(Long orderId) {
        orders.updateStatus(orderId, OrderStatus.ARCHIVED);
    }

    @Transactional
    public void approve(Long orderId) {
        orders.updateStatus(orderId, OrderStatus.APPROVED);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRejection(Long orderId) {
        eventLog.record(orderId, "REJECTED");
    }

    @jakarta.transaction.Transactional
    public void flagForReview(Long orderId) {
        eventLog.record(orderId, "NEEDS_REVIEW");
    }

    // the call on this skips the proxy: submit() runs without its transaction
    public void resubmit(Long orderId) {
        submit(orderId); // expect: transaction-bypass
    }

    // this.archive(..) from a lambda is a self-invocation too
    public void archiveAll(List<Long> orderIds) {
        orderIds.forEach(id -> this.archive(id)); // expect: transaction-bypass
    }

    // approve() joins the read-only transaction of its caller and cannot write there
    @Transactional(readOnly = true)
    public boolean approveIfPaid(Long orderId) {
        PurchaseOrder order = orders.findById(orderId).orElseThrow(() -> new NotFoundException("order", orderId));
        if (order.getTotal().signum() > 0) {
            approve(orderId); // expect: transaction-bypass
            return true;
        }
        return false;
    }

    // REQUIRES_NEW is ignored on a self-invocation: the rejection entry rolls back with the caller
    @Transactional
    public void reject(Long orderId) {
        orders.updateStatus(orderId, OrderStatus.CANCELLED);
        recordRejection(orderId); // expect: transaction-bypass
    }

    // JTA's @Transactional is applied by the same proxy
    public void escalate(Long orderId) {
        flagForReview(orderId); // expect: transaction-bypass
    }

    // @PostConstruct runs on the bean itself, before and outside any proxy
    @PostConstruct
    void resumeInterrupted() {
        orders.findIdsByStatusBefore(OrderStatus.APPROVED, Instant.now()).forEach(orderId -> submit(orderId)); // expect: transaction-bypass
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: the injected self reference goes through the proxy
    public void resubmitThroughProxy(Long orderId) {
        self.submit(orderId);
    }

    // safe: the caller's transaction has the same settings; the callees join it as intended
    @Transactional
    public void approveAndArchive(Long orderId) {
        approve(orderId);
        archive(orderId);
    }

    // safe: the self-invocation runs inside the template's transaction
    public void submitInTemplate(Long orderId) {
        transactionTemplate.executeWithoutResult(status -> submit(orderId));
    }

    // safe: the callee declares no transaction
    public void touch(Long orderId) {
        note(orderId, "TOUCHED");
    }

    // safe: SUPPORTS opens no transaction through the proxy either
    public long pendingCount() {
        return countPending();
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public long countPending() {
        return orders.findByStatus(OrderStatus.PLACED).size();
    }

    // safe: package-private methods are intercepted by Spring 6's class-based proxies (SPEC names private, final, static)
    @Transactional
    void reopen(Long orderId) {
        orders.updateStatus(orderId, OrderStatus.PLACED);
    }

    public void note(Long orderId, String type) {
        eventLog.record(orderId, type);
    }
}
