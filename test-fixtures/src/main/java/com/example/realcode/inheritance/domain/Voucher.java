package com.example.realcode.inheritance.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import java.time.Instant;
import lombok.Getter;
import lombok.Setter;

/** A prepaid voucher with a number of uses left; no version. */
@Entity
@Getter
@Setter
public class Voucher {

    @Id
    @GeneratedValue
    private Long id;
    private String code;
    private int remaining;
    private int validDays;
    private Instant updatedAt;

}
