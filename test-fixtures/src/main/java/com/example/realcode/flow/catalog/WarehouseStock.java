package com.example.realcode.flow.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Units of a listing held in one warehouse: a child row. No version of its own. */
@Entity
public class WarehouseStock {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne
    private Listing listing;

    private String warehouse;

    private int quantity;

    public String getWarehouse() {
        return warehouse;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }
}
