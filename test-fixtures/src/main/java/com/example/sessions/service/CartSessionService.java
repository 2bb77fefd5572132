package com.example.sessions.service;

import java.util.Map;
import org.springframework.data.redis.core.HashOperations;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

/** Shopping carts of anonymous sessions, one Redis hash per cart (field = SKU, value = quantity). */
@Service
public class CartSessionService {

    private final StringRedisTemplate redis;

    public CartSessionService(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public void addItem(String cartId, String sku, int quantity) {
        String key = "cart:" + cartId;
        Object current = redis.opsForHash().get(key, sku);
        int next = (current == null ? 0 : Integer.parseInt(current.toString())) + quantity;
        redis.opsForHash().put(key, sku, Integer.toString(next)); // expect: lost-update
    }

    public void removeOne(String cartId, String sku) {
        HashOperations<String, String, String> carts = redis.opsForHash();
        String key = "cart:" + cartId;
        String quantity = carts.get(key, sku);
        int remaining = quantity == null ? 0 : Math.max(0, Integer.parseInt(quantity) - 1);
        carts.put(key, sku, Integer.toString(remaining)); // expect: lost-update
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: HINCRBY is atomic
    public long addItemAtomically(String cartId, String sku, int quantity) {
        return redis.opsForHash().increment("cart:" + cartId, sku, quantity);
    }

    // safe: blind write of a caller-supplied quantity
    public void setQuantity(String cartId, String sku, int quantity) {
        redis.opsForHash().put("cart:" + cartId, sku, Integer.toString(quantity));
    }

    // safe: read-only
    public Map<Object, Object> contents(String cartId) {
        return redis.opsForHash().entries("cart:" + cartId);
    }
}
