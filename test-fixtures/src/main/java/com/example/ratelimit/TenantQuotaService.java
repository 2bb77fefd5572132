package com.example.ratelimit;

import com.google.common.util.concurrent.Striped;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.springframework.stereotype.Service;

/** Per-tenant quotas, locked per tenant with Guava's Striped locks or with a read-write lock. */
@Service
public class TenantQuotaService {

    private final Striped<Lock> tenantLocks = Striped.lock(64);
    private final ConcurrentHashMap<String, Integer> usedByTenant = new ConcurrentHashMap<>();
    private final Map<String, Integer> peakByTenant = new HashMap<>();
    private final ReadWriteLock limitsLock = new ReentrantReadWriteLock();
    private final Map<String, Integer> limits = new HashMap<>();

    // the stripe for this tenant makes get + put one step for this key
    public int consume(String tenant, int units) {
        Lock lock = tenantLocks.get(tenant);
        lock.lock();
        try {
            Integer used = usedByTenant.get(tenant);
            int updated = (used == null ? 0 : used) + units;
            usedByTenant.put(tenant, updated);
            return updated;
        } finally {
            lock.unlock();
        }
    }

    // tenants with other stripes change the same HashMap at the same time
    public void recordPeak(String tenant, int units) {
        Lock lock = tenantLocks.get(tenant);
        lock.lock();
        try {
            peakByTenant.merge(tenant, units, Math::max); // expect: shared-mutable-state
        } finally {
            lock.unlock();
        }
    }

    public int limitOf(String tenant) {
        limitsLock.readLock().lock();
        try {
            return limits.getOrDefault(tenant, 1000);
        } finally {
            limitsLock.readLock().unlock();
        }
    }

    public void changeLimit(String tenant, int limit) {
        limitsLock.writeLock().lock();
        try {
            limits.put(tenant, limit);
        } finally {
            limitsLock.writeLock().unlock();
        }
    }

    // a read lock admits other readers: two callers change the map at the same time
    public int limitOrDefault(String tenant) {
        limitsLock.readLock().lock();
        try {
            return limits.computeIfAbsent(tenant, t -> 1000); // expect: shared-mutable-state
        } finally {
            limitsLock.readLock().unlock();
        }
    }
}
