package com.example.realcode.reactive;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An R2DBC row with no version. */
@Table("purse")
public class Purse {

    @Id
    private Long id;

    private long balance;

    public Long getId() {
        return id;
    }

    public long getBalance() {
        return balance;
    }

    public void setBalance(long balance) {
        this.balance = balance;
    }
}
