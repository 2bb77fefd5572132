package com.example.messaging.domain;

/** The message: the order it is about and a unique id per message (redeliveries carry the same id). */
public record OrderPaid(String messageId, String orderNo, Long customerId, long points) {
}
