package com.example.realcode.contexts.bypass;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows openmrs/openmrs-core api/.../impl/LocationServiceImpl: @Transactional(readOnly = true)
 * getters that other methods of the same service call on this. A bypassed read-only transaction
 * loses no write (a note); a bypassed writing one does (a warning, checked by the level test).
 */
@Service
public class LocationService {

    private final LocationRepository locations;

    public LocationService(LocationRepository locations) {
        this.locations = locations;
    }

    @Transactional(readOnly = true)
    public Location getLocation(String name) {
        return locations.findByName(name).orElseThrow();
    }

    @Transactional
    public Location create(String name) {
        Location location = new Location();
        location.setName(name);
        return locations.save(location);
    }

    // a note: the bypassed transaction only reads
    public String describe(String name) {
        return getLocation(name).getName(); // expect: transaction-bypass
    }

    // a warning: the bypassed transaction writes
    public void register(String name) {
        create(name); // expect: transaction-bypass
    }

    // safe: only LocationFacade.relocate runs it, inside its transaction, which create() joins
    public void registerQuietly(String name) {
        create(name);
    }
}
