package com.example.realcode.flow.articles;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A published article. No version. */
@Entity
public class Article {

    @Id
    private Long id;

    private String title;

    private long views;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public long getViews() {
        return views;
    }

    public void setViews(long views) {
        this.views = views;
    }
}
