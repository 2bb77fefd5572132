package com.example.mn.data;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Index;
import io.micronaut.data.annotation.Indexes;
import io.micronaut.data.annotation.MappedEntity;

/** A library member; e-mails are kept unique by a unique index. */
@MappedEntity
@Indexes(@Index(columns = {"email"}, unique = true))
public class Member {
    @Id
    @GeneratedValue
    private Long id;
    private String email;

    public Member() {
    }

    public Member(String email) {
        this.email = email;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
