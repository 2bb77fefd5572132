package com.example.realcode.setup;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Racy twin of {@link DynamicCacheManager}: the same property setter, but
 * {@link CacheAdminController} also calls it per request, so it is request code.
 */
@Component
public class FixedCacheManager {

    private final Map<String, Object> caches = new ConcurrentHashMap<>();
    private boolean dynamic = true;

    public Object getCache(String name) {
        return caches.computeIfAbsent(name, n -> new Object());
    }

    public void setFixedCacheNames(Collection<String> names) {
        if (names != null) {
            for (String name : names) {
                getCache(name);
            }
            dynamic = false; // expect: shared-mutable-state
        } else {
            dynamic = true;
        }
    }

    public boolean isDynamic() {
        return dynamic;
    }
}
