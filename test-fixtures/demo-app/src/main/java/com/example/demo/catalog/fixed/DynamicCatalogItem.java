package com.example.demo.catalog.fixed;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.DynamicUpdate;

/**
 * The same item with {@code @DynamicUpdate}: Hibernate's UPDATE sets only the columns changed in
 * Java since the entity was loaded, so a rename writes the name and not the stock.
 */
@Entity
@DynamicUpdate
public class DynamicCatalogItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private int stock;

    protected DynamicCatalogItem() {
    }

    public DynamicCatalogItem(String name, int stock) {
        this.name = name;
        this.stock = stock;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getStock() {
        return stock;
    }
}
