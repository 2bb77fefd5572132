package com.example.metrics;

import java.util.concurrent.atomic.AtomicLongArray;
import org.springframework.stereotype.Component;

/** Response-time buckets of 100 ms. */
@Component
public class LatencyHistogram {

    private final long[] buckets = new long[20];
    private final AtomicLongArray atomicBuckets = new AtomicLongArray(20);

    public void record(long millis) {
        int bucket = (int) Math.min(millis / 100, buckets.length - 1);
        buckets[bucket]++; // expect: shared-mutable-state
    }

    public void recordAtomically(long millis) {
        int bucket = (int) Math.min(millis / 100, atomicBuckets.length() - 1);
        atomicBuckets.incrementAndGet(bucket);
    }

    public long count(int bucket) {
        return atomicBuckets.get(bucket) + buckets[bucket];
    }
}
