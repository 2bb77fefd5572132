package com.example.realcode.inheritance.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import java.time.Instant;
import lombok.Getter;
import lombok.Setter;

/** A multi-ride ticket; no version. */
@Entity
@Getter
@Setter
public class Ticket {

    @Id
    @GeneratedValue
    private Long id;
    private String code;
    private int ridesLeft;
    private Instant updatedAt;

}
