package com.example.realcode.setup;

import java.util.HashMap;
import java.util.Map;

/**
 * A static factory the container calls through a @Bean method: shape of litemall-core's
 * storage set-up (StorageAutoConfiguration's @Bean methods build the storage services and
 * set their fields before handing them over). The static default is set once, at set-up; the
 * switch from request code is a race.
 */
public class StorageRegistry {

    private static StorageRegistry current;
    private static String activeDefault;
    private final Map<String, String> locations = new HashMap<>();

    public static StorageRegistry create(String active) {
        StorageRegistry registry = new StorageRegistry();
        registry.locations.put(active, "/data/" + active);
        current = registry;
        activeDefault = active;
        return registry;
    }

    public static StorageRegistry current() {
        return current;
    }

    // request code switches the static default
    public static void switchDefault(String active) {
        activeDefault = active; // expect: shared-mutable-state
    }

    public String location() {
        return locations.get(activeDefault);
    }
}
