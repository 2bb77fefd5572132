package com.example.realcode.flow.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/** A product listing with stock per warehouse (child rows) and reviews. Versioned itself. */
@Entity
public class Listing {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    private String title;

    @OneToMany(mappedBy = "listing", cascade = CascadeType.ALL)
    private List<WarehouseStock> stocks = new ArrayList<>();

    @OneToMany(mappedBy = "listing", cascade = CascadeType.ALL)
    private List<Review> reviews = new ArrayList<>();

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public List<WarehouseStock> getStocks() {
        return stocks;
    }

    public List<Review> getReviews() {
        return reviews;
    }
}
