package com.example.quarkus.crm;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;

@Entity
public class LedgerEntry extends PanacheEntity {

    public Long customerId;

    public int amount;
}
