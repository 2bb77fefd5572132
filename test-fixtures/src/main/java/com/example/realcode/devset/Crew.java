package com.example.realcode.devset;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A crew whose version guards its equipment (after the dev-set case sde-partyhat-missing-tx). */
@Entity
public class Crew {
    @Id
    Long id;
    @Version
    Long version;
    String name;

    public Long getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }
}
