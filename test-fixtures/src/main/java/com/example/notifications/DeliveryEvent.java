package com.example.notifications;

public record DeliveryEvent(String eventId, String subscriberUrl, String type, String payload) {
}
