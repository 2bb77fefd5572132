package com.example.realcode.transactions;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** One line of the admin operation log (who did what, when). */
@Entity
public class OperationLog {

    @Id
    @GeneratedValue
    private Long id;

    private String state;

    public OperationLog() {
    }

    public OperationLog(String state) {
        this.state = state;
    }

    public Long getId() {
        return id;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }
}
