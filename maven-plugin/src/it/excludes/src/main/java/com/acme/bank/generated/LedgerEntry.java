package com.acme.bank.generated;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class LedgerEntry {

    @Id
    private Long id;

    private long total;

    public long getTotal() {
        return total;
    }

    public void setTotal(long total) {
        this.total = total;
    }
}
