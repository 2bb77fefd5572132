package com.example.staleoverwrite;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.DynamicUpdate;

/** @DynamicUpdate: Hibernate writes only the columns changed in Java. */
@Entity
@DynamicUpdate
public class DynamicSku {
    @Id
    @GeneratedValue
    private Long id;
    private String name;
    private int stock;

    public Long getId() {
        return id;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getStock() {
        return stock;
    }
}
