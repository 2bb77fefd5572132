package com.example.ratelimit;

import java.time.Clock;
import org.springframework.stereotype.Component;

/** Every access to the bucket's state holds the bucket's monitor. */
@Component
public class TokenBucket {

    private final Clock clock;
    private final long capacity = 50;
    private double tokens = 50;
    private long lastRefill;

    public TokenBucket(Clock clock) {
        this.clock = clock;
        this.lastRefill = clock.millis();
    }

    public synchronized boolean tryConsume() {
        refill();
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }

    public synchronized double available() {
        refill();
        return tokens;
    }

    // only called with the monitor held
    private void refill() {
        long now = clock.millis();
        tokens = Math.min(capacity, tokens + (now - lastRefill) / 100.0);
        lastRefill = now;
    }
}
