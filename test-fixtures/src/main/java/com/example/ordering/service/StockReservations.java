package com.example.ordering.service;

import com.example.ordering.domain.LineRequest;
import com.example.ordering.domain.OrderLine;
import com.example.ordering.repository.OrderLineRepository;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class StockReservations {

    private final OrderLineRepository lines;
    private final OrderEventLog eventLog;

    public StockReservations(OrderLineRepository lines, OrderEventLog eventLog) {
        this.lines = lines;
        this.eventLog = eventLog;
    }

    // safe: several writes, one transaction
    @Transactional
    public void reserveAll(Long orderId, List<LineRequest> requested) {
        for (LineRequest line : requested) {
            lines.save(new OrderLine(orderId, line.sku(), line.quantity(), line.unitPrice()));
        }
        eventLog.record(orderId, "STOCK_RESERVED");
    }
}
