package com.example.realcode.reactive;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An R2DBC row with {@code @Version}: Spring Data R2DBC checks it on save. */
@Table("versioned_purse")
public class VersionedPurse {

    @Id
    private Long id;

    @Version
    private Long version;

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
