package com.example.jee;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** The safe twin of {@link Product}: optimistic locking. */
@Entity
public class VersionedProduct {
    @Id
    @GeneratedValue
    private Long id;
    private int stock;
    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public int getStock() {
        return stock;
    }

    public void setStock(int stock) {
        this.stock = stock;
    }
}
