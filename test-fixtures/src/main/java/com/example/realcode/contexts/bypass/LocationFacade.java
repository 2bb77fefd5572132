package com.example.realcode.contexts.bypass;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The only caller of LocationService.registerQuietly, in a transaction. */
@Service
public class LocationFacade {

    private final LocationService locations;

    public LocationFacade(LocationService locations) {
        this.locations = locations;
    }

    @Transactional
    public void relocate(String from) {
        locations.registerQuietly(from);
    }
}
