package com.example.realcode.transactions;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A text segment of a knowledge document, indexed in a vector store. */
@Entity
public class Segment {

    @Id
    @GeneratedValue
    private Long id;

    private String state;

    public Segment() {
    }

    public Segment(String state) {
        this.state = state;
    }

    public Long getId() {
        return id;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }
}
