package com.example.realcode.jobs;

import java.time.LocalDateTime;

/** A MyBatis row: a voucher with a status, a stored-value balance and the time of its last update. */
public class Voucher {

    private Long id;

    private String status;

    private long balanceCents;

    private LocalDateTime expiresAt;

    private LocalDateTime updateTime;

    public Voucher() {
    }

    public Voucher(String status, long balanceCents, LocalDateTime expiresAt) {
        this.status = status;
        this.balanceCents = balanceCents;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public long getBalanceCents() {
        return balanceCents;
    }

    public void setBalanceCents(long balanceCents) {
        this.balanceCents = balanceCents;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public LocalDateTime getUpdateTime() {
        return updateTime;
    }

    public void setUpdateTime(LocalDateTime updateTime) {
        this.updateTime = updateTime;
    }
}
