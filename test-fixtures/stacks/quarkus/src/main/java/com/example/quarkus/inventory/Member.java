package com.example.quarkus.inventory;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** Unique handle declared on the table. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = "handle"))
public class Member extends PanacheEntity {

    public String handle;

    public int karma;
}
