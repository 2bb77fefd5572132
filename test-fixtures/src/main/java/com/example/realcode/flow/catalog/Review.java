package com.example.realcode.flow.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Review {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne
    private Listing listing;

    private String text;

    protected Review() {
    }

    public Review(Listing listing, String text) {
        this.listing = listing;
        this.text = text;
    }
}
