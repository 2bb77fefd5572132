package com.example.jee;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A newsletter subscription; nothing stops two rows for the same e-mail. */
@Entity
public class Subscription {
    @Id
    @GeneratedValue
    private Long id;
    private String email;

    protected Subscription() {
    }

    public Subscription(String email) {
        this.email = email;
    }

    public String getEmail() {
        return email;
    }
}
