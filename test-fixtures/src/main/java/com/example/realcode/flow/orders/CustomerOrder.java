package com.example.realcode.flow.orders;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;

/** An order. No version. */
@Entity
public class CustomerOrder {

    @Id
    @GeneratedValue
    private Long id;

    private String orderNo;

    @Enumerated(EnumType.STRING)
    private OrderStatus status = OrderStatus.PENDING;

    private Instant paidAt;

    @Embedded
    private OrderLines lines = new OrderLines();

    public Long getId() {
        return id;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public void setPaidAt(Instant paidAt) {
        this.paidAt = paidAt;
    }

    /** The change is made by the embedded component. */
    public void addLine(String sku, int quantity) {
        lines.append(new OrderLine(sku, quantity));
    }
}
