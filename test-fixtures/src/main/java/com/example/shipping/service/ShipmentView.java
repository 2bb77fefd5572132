package com.example.shipping.service;

public record ShipmentView(String trackingNumber, String status, int weightGrams, int deliveryAttempts) {
}
