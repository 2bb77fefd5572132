package com.example.sessions.service;

import com.example.common.DomainException;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.stereotype.Service;

/** API quotas per client, stored as numbers through a typed {@link RedisTemplate}. */
@Service
public class ApiQuotaService {

    private final RedisTemplate<String, Long> quotaTemplate;

    public ApiQuotaService(RedisTemplate<String, Long> quotaTemplate) {
        this.quotaTemplate = quotaTemplate;
    }

    public void consume(String clientId, long cost) {
        String key = "quota:" + clientId;
        Long remaining = quotaTemplate.opsForValue().get(key);
        if (remaining == null || remaining < cost) {
            throw new DomainException("quota exhausted for " + clientId);
        }
        quotaTemplate.opsForValue().set(key, remaining - cost); // expect: lost-update
    }

    // read and write in private helpers; the finding belongs to this method
    public void meter(String clientId, long units) {
        long used = readUsage(clientId);
        storeUsage(clientId, used + units); // expect: lost-update
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: DECRBY is atomic
    public Long consumeAtomically(String clientId, long cost) {
        return quotaTemplate.opsForValue().decrement("quota:" + clientId, cost);
    }

    // safe: blind write of the plan's allowance
    public void grant(String clientId, long allowance) {
        quotaTemplate.opsForValue().set("quota:" + clientId, allowance);
    }

    // safe: read-only
    public long remaining(String clientId) {
        Long remaining = quotaTemplate.opsForValue().get("quota:" + clientId);
        return remaining == null ? 0 : remaining;
    }

    private long readUsage(String clientId) {
        Long used = quotaTemplate.opsForValue().get("usage:" + clientId);
        return used == null ? 0 : used;
    }

    private void storeUsage(String clientId, long used) {
        quotaTemplate.opsForValue().set("usage:" + clientId, used);
    }
}
