package com.example.tagging.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

@Entity
@Table(name = "topics", indexes = {
        @Index(name = "ix_topics_created", columnList = "created_by"),
        @Index(name = "ux_topics_slug", columnList = "slug", unique = true)
})
public class Topic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String createdBy;

    protected Topic() {
    }

    public Topic(String slug, String createdBy) {
        this.slug = slug;
        this.createdBy = createdBy;
    }

    public String getSlug() {
        return slug;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
