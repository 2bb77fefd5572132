package com.example.realcode.setup;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Shape of RuoYi-Vue-Plus ruoyi-common/ruoyi-common-redis/.../manager/PlusSpringCacheManager.java:
 * a cache manager bean whose public {@code setCacheNames(Collection)} property setter creates the
 * named caches and switches off dynamic mode. Nothing in the sources calls it: the container's
 * configuration does, once, at set-up. Not reported, though the body is more than an assignment.
 * Its twin {@link FixedCacheManager} is the same shape with a setter a request handler calls.
 */
@Component
public class DynamicCacheManager {

    private final Map<String, Object> caches = new ConcurrentHashMap<>();
    private boolean dynamic = true;

    public Object getCache(String name) {
        return caches.computeIfAbsent(name, n -> new Object());
    }

    public void setCacheNames(Collection<String> names) {
        if (names != null) {
            for (String name : names) {
                getCache(name);
            }
            dynamic = false;
        } else {
            dynamic = true;
        }
    }

    public boolean isDynamic() {
        return dynamic;
    }
}
