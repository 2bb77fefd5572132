package com.example.jooq.db.tables.records;

import com.example.jooq.db.tables.Wallet;
import org.jooq.impl.UpdatableRecordImpl;

/** Generated-style record of <code>public.wallet</code>. */
@SuppressWarnings({ "all", "unchecked", "rawtypes" })
public class WalletRecord extends UpdatableRecordImpl<WalletRecord> {

    private static final long serialVersionUID = 1L;

    public WalletRecord setId(Long value) {
        set(0, value);
        return this;
    }

    public Long getId() {
        return (Long) get(0);
    }
    public WalletRecord setBalance(Long value) {
        set(1, value);
        return this;
    }

    public Long getBalance() {
        return (Long) get(1);
    }
    public WalletRecord setVersion(Integer value) {
        set(2, value);
        return this;
    }

    public Integer getVersion() {
        return (Integer) get(2);
    }
    /** Create a detached WalletRecord */
    public WalletRecord() {
        super(Wallet.WALLET);
    }
}
