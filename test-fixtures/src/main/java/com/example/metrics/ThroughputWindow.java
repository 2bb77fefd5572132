package com.example.metrics;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Samples of the last minute, guarded by two different locks by mistake. */
@Component
public class ThroughputWindow {

    private final Object resetLock = new Object();
    private final List<Long> samples = new ArrayList<>();

    public synchronized void sample(long value) {
        samples.add(value); // expect: shared-mutable-state
    }

    public void reset() {
        synchronized (resetLock) {
            samples.clear(); // expect: shared-mutable-state
        }
    }

    public synchronized List<Long> snapshot() {
        return List.copyOf(samples);
    }
}
