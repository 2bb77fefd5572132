package com.example.billing.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** Remembers handled request ids; the id is assigned by the caller, so saving it twice updates the same row. */
@Entity
public class ProcessedRequest {

    @Id
    private String requestId;

    private Instant processedAt = Instant.now();

    protected ProcessedRequest() {
    }

    public ProcessedRequest(String requestId) {
        this.requestId = requestId;
    }

    public String getRequestId() {
        return requestId;
    }

    public Instant getProcessedAt() {
        return processedAt;
    }
}
