package com.example.ratelimit;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** The thread-safe counterpart: concurrent map, atomic counters, one atomic step per decision. */
@Component
public class SlidingWindowRateLimiter {

    private final Clock clock;
    private final int limit = 100;
    private final ConcurrentMap<String, AtomicInteger> requestsInWindow = new ConcurrentHashMap<>();
    private final AtomicLong windowStart;

    public SlidingWindowRateLimiter(Clock clock) {
        this.clock = clock;
        this.windowStart = new AtomicLong(clock.millis());
    }

    public boolean tryAcquire(String clientId) {
        long now = clock.millis();
        long start = windowStart.get();
        if (now - start > 60_000 && windowStart.compareAndSet(start, now)) {
            requestsInWindow.clear();
        }
        int used = requestsInWindow.computeIfAbsent(clientId, id -> new AtomicInteger()).incrementAndGet();
        return used <= limit;
    }
}
