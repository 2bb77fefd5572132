package com.example.messaging.domain;

/** An in-process application event. */
public record ShipmentBooked(Long shipmentId, String orderNo) {
}
