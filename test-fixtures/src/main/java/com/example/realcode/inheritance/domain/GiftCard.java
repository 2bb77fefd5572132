package com.example.realcode.inheritance.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import java.time.Instant;
import lombok.Getter;
import lombok.Setter;

/** A stored-value card; no version. */
@Entity
@Getter
@Setter
public class GiftCard {

    @Id
    @GeneratedValue
    private Long id;
    private String code;
    private long balance;
    private Instant updatedAt;

}
