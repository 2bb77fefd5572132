package com.example.quarkus.inventory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;

/** An active record with its own id (PanacheEntityBase); the code has no unique constraint. */
@Entity
public class Coupon extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public Long id;

    public String code;

    public int remainingUses;

    public Instant expiresAt;

    public static Coupon findByCode(String code) {
        return find("code", code).firstResult();
    }
}
