package com.example.realcode.setup;

import org.springframework.stereotype.Component;

@Component
public class UserSessionRegistry extends SessionRegistryBase {

    @Override
    public void init() {
        super.init();
        listeners.add("metrics");
    }

    // request code: registering a listener per call races with other requests
    public void register(String listener) {
        listeners.add(listener); // expect: shared-mutable-state
    }
}
