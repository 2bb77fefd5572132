package com.example.realcode.transactions;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Stock of one product. */
@Entity
public class StockLevel {

    @Id
    @GeneratedValue
    private Long id;

    private String state;

    public StockLevel() {
    }

    public StockLevel(String state) {
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
