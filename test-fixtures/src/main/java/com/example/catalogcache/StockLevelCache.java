package com.example.catalogcache;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Stock levels per SKU: a Guava cache for lookups, a concurrent map for reservations. */
@Component
public class StockLevelCache {

    private final Cache<String, Integer> available = CacheBuilder.newBuilder()
            .expireAfterWrite(30, TimeUnit.SECONDS)
            .build();
    private final ConcurrentHashMap<String, Integer> reserved = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Integer> released = new ConcurrentHashMap<>();

    public void warm(String sku, int level) {
        if (available.getIfPresent(sku) != null) {
            return;
        }
        available.put(sku, level); // expect: check-then-act
    }

    public int availableOrLoad(String sku) throws ExecutionException {
        return available.get(sku, () -> 0);
    }

    // lost update: two reservations read the same count
    public void reserve(String sku, int quantity) {
        reserved.put(sku, reserved.getOrDefault(sku, 0) + quantity); // expect: check-then-act
    }

    public void release(String sku, int quantity) {
        released.merge(sku, quantity, Integer::sum);
    }
}
