package com.example.ordering.service;

import com.example.ordering.domain.OrderEvent;
import com.example.ordering.repository.OrderEventRepository;
import org.springframework.stereotype.Component;

/** Appends to an order's audit trail. Not transactional itself: each entry commits on its own. */
@Component
public class OrderEventLog {

    private final OrderEventRepository events;

    public OrderEventLog(OrderEventRepository events) {
        this.events = events;
    }

    public OrderEvent record(Long orderId, String type) {
        return events.save(new OrderEvent(orderId, type));
    }
}
