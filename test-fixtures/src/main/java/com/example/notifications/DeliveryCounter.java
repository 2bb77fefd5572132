package com.example.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class DeliveryCounter {

    @Id
    private String subscriberUrl;

    private long delivered;

    protected DeliveryCounter() {
    }

    public DeliveryCounter(String subscriberUrl) {
        this.subscriberUrl = subscriberUrl;
    }

    public String getSubscriberUrl() {
        return subscriberUrl;
    }

    public long getDelivered() {
        return delivered;
    }
}
