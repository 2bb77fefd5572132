package com.example.jee.singleton;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An EJB singleton with container-managed concurrency: every business method holds the
 * container's WRITE lock unless it says {@code @Lock(READ)}.
 */
@Singleton
public class RateCounter {

    private final Map<String, Integer> hits = new HashMap<>();
    private final Map<String, Integer> fastHits = new HashMap<>();
    private long total;
    private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();

    /** Safe: the default WRITE lock serializes every call. */
    public void hit(String key) {
        hits.merge(key, 1, Integer::sum);
        total++;
    }

    /** READ methods run together: the HashMap is changed concurrently. */
    @Lock(LockType.READ)
    public void hitFast(String key) {
        fastHits.merge(key, 1, Integer::sum); // expect: shared-mutable-state
    }

    /** Safe: get then put under the default WRITE lock. */
    public void remember(String key, long now) {
        if (firstSeen.get(key) == null) {
            firstSeen.put(key, now);
        }
    }

    /** Under a READ lock two callers can both see no entry. */
    @Lock(LockType.READ)
    public void rememberFast(String key, long now) {
        if (firstSeen.get(key) == null) {
            firstSeen.put(key, now); // expect: check-then-act
        }
    }

    @Lock(LockType.READ)
    public int count(String key) {
        return hits.getOrDefault(key, 0);
    }

    public long total() {
        return total;
    }
}
