package com.example.jooq.db.tables;

import com.example.jooq.db.tables.records.WalletRecord;
import org.jooq.Name;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/** Generated-style table class for <code>public.wallet</code> (written by hand like jooq-codegen's output). */
@SuppressWarnings({ "all", "unchecked", "rawtypes" })
public class Wallet extends TableImpl<WalletRecord> {

    private static final long serialVersionUID = 1L;

    /** The reference instance of <code>public.wallet</code> */
    public static final Wallet WALLET = new Wallet();

    /** The class holding records for this type */
    @Override
    public Class<WalletRecord> getRecordType() {
        return WalletRecord.class;
    }

    public final TableField<WalletRecord, Long> ID = createField(DSL.name("id"), SQLDataType.BIGINT.nullable(false), this, "");
    public final TableField<WalletRecord, Long> BALANCE = createField(DSL.name("balance"), SQLDataType.BIGINT.nullable(false), this, "");
    public final TableField<WalletRecord, Integer> VERSION = createField(DSL.name("version"), SQLDataType.INTEGER.nullable(false), this, "");

    private Wallet(Name alias) {
        super(alias);
    }

    /** Create a <code>public.wallet</code> table reference */
    public Wallet() {
        this(DSL.name("wallet"));
    }

    /** jooq-codegen writes this override when &lt;recordVersionFields&gt; names a column. */
    @Override
    public TableField<WalletRecord, Integer> getRecordVersion() {
        return VERSION;
    }
}
