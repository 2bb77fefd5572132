package com.example.realcode.flow.cache;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A storage configuration. No version. */
@Entity
public class StorageConfig {

    @Id
    @GeneratedValue
    private Long id;

    private String configKey;

    private String endpoint;

    private boolean active;

    public Long getId() {
        return id;
    }

    public String getConfigKey() {
        return configKey;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
