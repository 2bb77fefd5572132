package com.example.metrics;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.stereotype.Service;

/** Counters updated by every request thread. */
@Service
public class RequestStatistics {

    private long totalRequests;
    private volatile long failedRequests;
    private volatile long slowRequests;
    private final AtomicLong servedRequests = new AtomicLong();
    private final LongAdder bytesSent = new LongAdder();
    private long peakLatencyMillis;
    private volatile String lastErrorMessage;

    public void requestStarted() {
        totalRequests++; // expect: shared-mutable-state
        servedRequests.incrementAndGet();
    }

    public void requestFailed(String message) {
        failedRequests++; // expect: check-then-act
        lastErrorMessage = message;
    }

    // the volatile counter is only written with the monitor held
    public synchronized void requestWasSlow() {
        slowRequests++;
    }

    public void responseWritten(long bytes) {
        bytesSent.add(bytes);
    }

    public synchronized void latencyMeasured(long millis) {
        peakLatencyMillis = Math.max(peakLatencyMillis, millis);
    }

    public synchronized long peakLatencyMillis() {
        return peakLatencyMillis;
    }

    public String lastErrorMessage() {
        return lastErrorMessage;
    }

    public long failedRequests() {
        return failedRequests;
    }
}
