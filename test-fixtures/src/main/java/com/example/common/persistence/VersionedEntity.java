package com.example.common.persistence;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** Adds optimistic locking; every entity extending this one is versioned by inheritance. */
@MappedSuperclass
public abstract class VersionedEntity extends BaseEntity {

    @Version
    private long version;

    public long getVersion() {
        return version;
    }
}
