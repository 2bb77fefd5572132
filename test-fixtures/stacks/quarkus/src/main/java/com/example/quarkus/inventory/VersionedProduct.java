package com.example.quarkus.inventory;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;

/** The same active record with optimistic locking. */
@Entity
public class VersionedProduct extends PanacheEntity {

    public String sku;

    public int stock;

    @Version
    public long version;
}
