package com.example.staleoverwrite;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Versioned, but its bulk decrement leaves the version alone: the version check still passes. */
@Entity
public class VersionedSku {
    @Id
    @GeneratedValue
    private Long id;
    @Version
    private long version;
    private String name;
    private int stock;

    public Long getId() {
        return id;
    }

    public void setName(String name) {
        this.name = name;
    }
}
