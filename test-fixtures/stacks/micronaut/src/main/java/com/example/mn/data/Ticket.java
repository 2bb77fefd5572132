package com.example.mn.data;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A JPA entity behind a Micronaut Data JPA repository: Hibernate flushes its changes (dirty checking). */
@Entity
public class Ticket {
    @Id
    @GeneratedValue
    private Long id;
    private int remaining;

    public Long getId() {
        return id;
    }

    public int getRemaining() {
        return remaining;
    }

    public void setRemaining(int remaining) {
        this.remaining = remaining;
    }
}
