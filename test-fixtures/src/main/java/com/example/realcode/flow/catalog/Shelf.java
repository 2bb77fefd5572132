package com.example.realcode.flow.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

/** A storage shelf: its bins are child rows that carry their own version; labels are part of the shelf. No version. */
@Entity
public class Shelf {

    @Id
    @GeneratedValue
    private Long id;

    @OneToMany(cascade = CascadeType.ALL)
    private List<Bin> bins = new ArrayList<>();

    @ElementCollection
    private List<String> labels = new ArrayList<>();

    public Long getId() {
        return id;
    }

    public List<Bin> getBins() {
        return bins;
    }

    public List<String> getLabels() {
        return labels;
    }
}
