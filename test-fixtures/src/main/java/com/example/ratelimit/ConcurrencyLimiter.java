package com.example.ratelimit;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Caps the number of export jobs running at the same time. */
@Component
public class ConcurrencyLimiter {

    private final int maxConcurrent = 4;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger admitted = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean shutdownLogged = new AtomicBoolean();

    // two callers can both see 3 and both start: the limit is exceeded
    public boolean tryStart() {
        if (running.get() >= maxConcurrent) {
            return false;
        }
        running.incrementAndGet(); // expect: check-then-act
        return true;
    }

    // the check and the increment are one atomic step
    public boolean tryAdmit() {
        int previous = admitted.getAndUpdate(n -> n < maxConcurrent ? n + 1 : n);
        return previous < maxConcurrent;
    }

    // increment first, then undo when over the limit: never more than the limit at once
    public boolean tryStartOptimistically() {
        if (running.incrementAndGet() > maxConcurrent) {
            running.decrementAndGet();
            return false;
        }
        return true;
    }

    public void finish() {
        running.decrementAndGet();
    }

    // two callers can both see false and both start draining
    public void startDraining() {
        if (!draining.get()) {
            draining.set(true); // expect: check-then-act
            notifyWorkers();
        }
    }

    // compareAndSet lets exactly one caller through
    public void logShutdownOnce() {
        if (shutdownLogged.compareAndSet(false, true)) {
            notifyWorkers();
        }
    }

    private void notifyWorkers() {
        // signal the worker pool
    }
}
