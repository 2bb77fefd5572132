package com.example.tagging.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Keyed by its ISO code: the natural key is the identifier. */
@Entity
public class Language {

    @Id
    private String isoCode;

    private String name;

    protected Language() {
    }

    public Language(String isoCode, String name) {
        this.isoCode = isoCode;
        this.name = name;
    }

    public String getIsoCode() {
        return isoCode;
    }

    public String getName() {
        return name;
    }
}
