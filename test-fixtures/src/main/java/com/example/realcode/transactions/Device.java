package com.example.realcode.transactions;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** An IoT device; a gateway has sub-devices. */
@Entity
public class Device {

    @Id
    @GeneratedValue
    private Long id;

    private String state;

    public Device() {
    }

    public Device(String state) {
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
