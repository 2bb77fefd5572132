package com.example.signup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A registered member. Only {@code username} is declared unique here; the Flyway scripts under
 * {@code db/migration} make {@code external_id} and {@code phone_number} unique, and create (then
 * drop again) a unique index on {@code nickname}. Nothing makes {@code email} unique.
 */
@Entity
@Table(name = "members")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "external_id")
    private String externalId;

    private String nickname;

    private String phoneNumber;

    private boolean active = true;

    protected Member() {
    }

    public Member(String email, String username) {
        this.email = email;
        this.username = username;
    }

    public static Member invited(String email) {
        Member member = new Member(email, email.substring(0, email.indexOf('@')));
        member.active = false;
        return member;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getUsername() {
        return username;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public String getNickname() {
        return nickname;
    }

    public void setNickname(String nickname) {
        this.nickname = nickname;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    public boolean isActive() {
        return active;
    }
}
