package com.example.messaging.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The inbox: one row per handled message, keyed by the message id. */
@Entity
public class ProcessedMessage {

    @Id
    private String messageId;

    protected ProcessedMessage() {
    }

    public ProcessedMessage(String messageId) {
        this.messageId = messageId;
    }

    public String getMessageId() {
        return messageId;
    }
}
