package com.example.jee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A customer registered by e-mail; the database keeps e-mails unique. */
@Entity
public class Customer {
    @Id
    @GeneratedValue
    private Long id;
    @Column(unique = true)
    private String email;

    protected Customer() {
    }

    public Customer(String email) {
        this.email = email;
    }

    public String getEmail() {
        return email;
    }
}
