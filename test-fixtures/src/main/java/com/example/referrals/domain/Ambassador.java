package com.example.referrals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Ambassador {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(unique = true, nullable = false)
    private String handle;

    private Long memberId;

    protected Ambassador() {
    }

    public Ambassador(String handle, Long memberId) {
        this.handle = handle;
        this.memberId = memberId;
    }

    public String getHandle() {
        return handle;
    }

    public Long getMemberId() {
        return memberId;
    }
}
