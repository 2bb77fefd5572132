package com.example.realcode.reactive;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An R2DBC row; reactive_subscriber has no unique key on email (schema.sql). */
@Table("reactive_subscriber")
public class Subscriber {

    @Id
    private Long id;

    private String email;

    public Subscriber(String email) {
        this.email = email;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }
}
