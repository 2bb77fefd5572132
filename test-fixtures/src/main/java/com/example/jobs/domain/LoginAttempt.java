package com.example.jobs.domain;

import com.example.common.persistence.BaseEntity;
import jakarta.persistence.Entity;

@Entity
public class LoginAttempt extends BaseEntity {

    private String username;

    private boolean successful;

    protected LoginAttempt() {
    }

    public LoginAttempt(String username, boolean successful) {
        this.username = username;
        this.successful = successful;
    }

    public String getUsername() {
        return username;
    }

    public boolean isSuccessful() {
        return successful;
    }
}
