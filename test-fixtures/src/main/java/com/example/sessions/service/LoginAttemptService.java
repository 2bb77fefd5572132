package com.example.sessions.service;

import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ValueOperations;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Service;

/** Login throttling and streaks kept in Redis strings through {@link StringRedisTemplate}. */
@Service
public class LoginAttemptService {

    private static final Duration LOCKOUT_WINDOW = Duration.ofMinutes(15);

    private static final RedisScript<Long> CONSUME_TOKEN = RedisScript.of("""
            local left = tonumber(redis.call('GET', KEYS[1]) or ARGV[1])
            if left <= 0 then return -1 end
            redis.call('SET', KEYS[1], left - 1, 'EX', ARGV[2])
            return left - 1
            """, Long.class);

    private final StringRedisTemplate redis;

    public LoginAttemptService(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public void recordFailure(String username) {
        String key = "login:failures:" + username;
        String current = redis.opsForValue().get(key);
        int failures = current == null ? 0 : Integer.parseInt(current);
        redis.opsForValue().set(key, Integer.toString(failures + 1), LOCKOUT_WINDOW); // expect: lost-update
    }

    public void extendStreak(String username) {
        ValueOperations<String, String> values = redis.opsForValue();
        String key = "login:streak:" + username;
        String streak = values.get(key);
        values.set(key, String.valueOf(streak == null ? 1 : Integer.parseInt(streak) + 1)); // expect: lost-update
    }

    public void appendTrail(String sessionId, String page) {
        String key = "session:trail:" + sessionId;
        String trail = redis.opsForValue().get(key);
        String next = trail == null ? page : trail + "|" + page;
        redis.opsForValue().set(key, next); // expect: lost-update
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: INCR is atomic
    public long recordFailureAtomically(String username) {
        Long failures = redis.opsForValue().increment("login:failures:" + username);
        return failures == null ? 0 : failures;
    }

    // safe: DECR is atomic
    public void forgiveFailure(String username) {
        redis.opsForValue().decrement("login:failures:" + username);
    }

    // safe: SET NX, Redis decides atomically which caller wins
    public boolean claimSession(String sessionId, String owner) {
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent("session:owner:" + sessionId, owner,
                Duration.ofHours(1)));
    }

    // safe: the read-modify-write runs as one Lua script inside Redis
    public boolean consumeToken(String username, int burst) {
        Long left = redis.execute(CONSUME_TOKEN, List.of("login:tokens:" + username),
                String.valueOf(burst), "60");
        return left != null && left >= 0;
    }

    // safe: blind write of a caller-supplied value
    public void rememberDevice(String username, String deviceId) {
        redis.opsForValue().set("login:device:" + username, deviceId, Duration.ofDays(30));
    }

    // safe: read-only
    public boolean lockedOut(String username, int maxFailures) {
        String current = redis.opsForValue().get("login:failures:" + username);
        return current != null && Integer.parseInt(current) >= maxFailures;
    }
}
