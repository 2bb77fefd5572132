package com.example.ratelimit;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Allows {@code limit} requests per client and minute; one instance serves every request thread. */
@Service
public class FixedWindowRateLimiter {

    private final Clock clock;
    private final int limit;
    private final Map<String, Integer> requestsInWindow = new HashMap<>();
    private long windowStart;

    public FixedWindowRateLimiter(Clock clock) {
        this.clock = clock;
        this.limit = 100;
        this.windowStart = clock.millis();
    }

    public boolean tryAcquire(String clientId) {
        long now = clock.millis();
        if (now - windowStart > 60_000) {
            windowStart = now; // expect: shared-mutable-state
            requestsInWindow.clear(); // expect: shared-mutable-state
        }
        int used = requestsInWindow.merge(clientId, 1, Integer::sum);
        return used <= limit;
    }

    public int remaining(String clientId) {
        return limit - requestsInWindow.getOrDefault(clientId, 0);
    }
}
