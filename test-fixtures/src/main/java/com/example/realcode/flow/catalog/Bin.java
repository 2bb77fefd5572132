package com.example.realcode.flow.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A bin on a shelf. Versioned. */
@Entity
public class Bin {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    private int used;

    public int getUsed() {
        return used;
    }

    public void setUsed(int used) {
        this.used = used;
    }
}
