package com.example.quarkus.inventory;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** Active record with public fields, as in quarkus-quickstarts hibernate-orm-panache-quickstart (FruitEntity). */
@Entity
public class Product extends PanacheEntity {

    @Column(unique = true)
    public String sku;

    public String name;

    public int stock;

    public Product() {
    }

    public Product(String sku, String name) {
        this.sku = sku;
        this.name = name;
    }
}
