package com.example.realcode.lombok.domain;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import lombok.Getter;
import lombok.Setter;

/** The audited base plus optimistic locking: every entity extending it is versioned by inheritance. */
@MappedSuperclass
@Getter
@Setter
public abstract class VersionedAuditedDO extends AuditedDO {

    @Version
    private Integer version;
}
