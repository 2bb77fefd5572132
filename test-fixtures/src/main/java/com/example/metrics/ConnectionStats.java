package com.example.metrics;

import java.util.ArrayList;
import java.util.List;

/** Not a bean: every pooled connection has its own instance, but the static fields are shared by all. */
public class ConnectionStats {

    private static int opened;
    private static int closed;
    private static long totalOpenMillis;
    private static final List<String> RECENT_HOSTS = new ArrayList<>();
    private static final List<String> FAILED_HOSTS = new ArrayList<>();

    private final String host;
    private final long openedAt;
    private int queries;

    public ConnectionStats(String host, long openedAt) {
        this.host = host;
        this.openedAt = openedAt;
        opened++; // expect: shared-mutable-state
    }

    // `this` is a different monitor for every connection
    public synchronized void close(long now) {
        closed++; // expect: shared-mutable-state
        queries = 0;
        synchronized (ConnectionStats.class) {
            totalOpenMillis += now - openedAt;
        }
    }

    public void queried() {
        queries++;
    }

    public static void remember(String host) {
        RECENT_HOSTS.add(host); // expect: shared-mutable-state
    }

    public static synchronized void failed(String host) {
        FAILED_HOSTS.add(host);
    }

    public static synchronized long totalOpenMillis() {
        return totalOpenMillis;
    }

    public String host() {
        return host;
    }
}
