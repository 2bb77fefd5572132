package com.example.realcode.session;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A patient visit, mapped with JPA annotations but handled through Hibernate's Session (openmrs-core's Visit shape). */
@Entity
public class Visit {
    @Id
    @GeneratedValue
    private Long id;
    private String status;
    private int encounterCount;

    public Long getId() {
        return id;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public int getEncounterCount() {
        return encounterCount;
    }

    public void setEncounterCount(int encounterCount) {
        this.encounterCount = encounterCount;
    }
}
