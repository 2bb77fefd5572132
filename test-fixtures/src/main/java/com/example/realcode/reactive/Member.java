package com.example.realcode.reactive;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An R2DBC row; reactive_member has unique (email) in schema.sql. */
@Table("reactive_member")
public class Member {

    @Id
    private Long id;

    private String email;

    public Member(String email) {
        this.email = email;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }
}
