package com.example.messaging.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
public class Shipment {

    public enum Status { CREATED, PAID, SHIPPED, DELIVERED }

    @Id
    @GeneratedValue
    private Long id;

    private String orderNo;

    private Status status = Status.CREATED;

    @Version
    private long version;

    protected Shipment() {
    }

    public Shipment(String orderNo) {
        this.orderNo = orderNo;
    }

    public Long getId() {
        return id;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }
}
