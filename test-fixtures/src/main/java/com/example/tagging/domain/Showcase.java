package com.example.tagging.domain;

import jakarta.persistence.Entity;

@Entity
public class Showcase extends SluggedEntity {

    private String title;

    protected Showcase() {
    }

    public Showcase(String slug, String title) {
        super(slug);
        this.title = title;
    }

    public String getTitle() {
        return title;
    }
}
