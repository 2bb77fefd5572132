package com.example.metrics;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Recent errors; the same monitor guards every change, whether by method or by block. */
@Component
public class ErrorLog {

    private final List<String> recent = new ArrayList<>();

    public synchronized void add(String error) {
        recent.add(error);
        if (recent.size() > 100) {
            recent.remove(0);
        }
    }

    public void clear() {
        synchronized (this) {
            recent.clear();
        }
    }

    public synchronized List<String> recent() {
        return List.copyOf(recent);
    }
}
