package com.example.shop.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Used through CustomerRepository; the email column carries no unique constraint. */
@Entity
public class Customer {

    @Id
    @GeneratedValue
    public Long id;

    public String email;

    public String name;

    public int loyaltyPoints;
}
