package com.example.staleoverwrite;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Versioned, and its decrement increments the version: a stale full write fails instead. */
@Entity
public class BumpedSku {
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
