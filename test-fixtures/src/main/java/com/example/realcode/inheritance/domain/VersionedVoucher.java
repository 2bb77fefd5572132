package com.example.realcode.inheritance.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.Getter;
import lombok.Setter;

/** The same voucher, versioned. */
@Entity
@Getter
@Setter
public class VersionedVoucher {

    @Id
    @GeneratedValue
    private Long id;
    private String code;
    private int remaining;
    private int validDays;
    private Instant updatedAt;

    @Version
    private long version;
}
