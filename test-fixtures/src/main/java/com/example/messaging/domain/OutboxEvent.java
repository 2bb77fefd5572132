package com.example.messaging.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A message written in the business transaction and relayed to the broker after it commits. */
@Entity
public class OutboxEvent {

    @Id
    @GeneratedValue
    private Long id;

    private String topic;

    private String payload;

    protected OutboxEvent() {
    }

    public OutboxEvent(String topic, String payload) {
        this.topic = topic;
        this.payload = payload;
    }

    public Long getId() {
        return id;
    }

    public String getTopic() {
        return topic;
    }

    public String getPayload() {
        return payload;
    }
}
