package com.example.quarkus.crm;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A plain entity used through a PanacheRepository; email has no unique constraint. */
@Entity
public class Customer {

    @Id
    @GeneratedValue
    public Long id;

    public String email;

    public int points;

    public String tier;
}
