package com.example.jee.singleton;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Bean-managed concurrency: no container lock, the singleton's fields are shared like any singleton's. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BeanConcurrencyCache {

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> safeValues = new ConcurrentHashMap<>();
    private int reloads;

    public void put(String key, String value) {
        values.put(key, value); // expect: shared-mutable-state
    }

    /** Safe twin: a concurrent map. */
    public void putSafely(String key, String value) {
        safeValues.put(key, value);
    }

    /** Safe twin: synchronized. */
    public synchronized void reload() {
        reloads++;
        safeValues.clear();
    }
}
