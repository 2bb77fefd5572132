package com.example.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.servlet.HandlerInterceptor;

/** Registered once with the MVC configuration: one instance sees every request. */
public class ClientThrottleInterceptor implements HandlerInterceptor {

    private final Map<String, Long> lastRequestAt = new HashMap<>();
    private final Map<String, Long> lastSeenAt = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String client = request.getRemoteAddr();
        long now = System.currentTimeMillis();
        Long previous = lastRequestAt.put(client, now); // expect: shared-mutable-state
        lastSeenAt.put(client, now);
        if (previous != null && now - previous < 50) {
            response.setStatus(429);
            return false;
        }
        return true;
    }
}
