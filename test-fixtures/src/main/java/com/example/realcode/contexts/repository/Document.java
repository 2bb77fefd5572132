package com.example.realcode.contexts.repository;

import com.example.common.persistence.BaseEntity;
import jakarta.persistence.Entity;

@Entity
public class Document extends BaseEntity {

    private String title;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
