package com.example.realcode.setup;

import jakarta.annotation.PostConstruct;
import java.util.ArrayList;
import java.util.List;

/**
 * A @PostConstruct in the base class that a subclass overrides without the annotation (the
 * container calls the override): shape of openmrs-core's filters and servlets whose init(..)
 * overrides call super.init(..) (web/.../filter/update/UpdateFilter.java).
 */
public abstract class SessionRegistryBase {

    protected final List<String> listeners = new ArrayList<>();

    @PostConstruct
    public void init() {
        listeners.add("audit");
    }
}
