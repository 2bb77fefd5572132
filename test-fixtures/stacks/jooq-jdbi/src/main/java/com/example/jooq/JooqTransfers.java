package com.example.jooq;

import static com.example.jooq.db.Tables.WALLET;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Two writes of one operation (a transfer): without dsl.transaction(..) each update commits on
 * its own; a failure between them loses money. A Guice / Dropwizard style @Singleton service.
 */
@Singleton
public class JooqTransfers {

    private final DSLContext dsl;

    public JooqTransfers(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void transfer(long from, long to, long amount) {
        dsl.update(WALLET).set(WALLET.BALANCE, WALLET.BALANCE.minus(amount)).where(WALLET.ID.eq(from)).execute();
        dsl.update(WALLET).set(WALLET.BALANCE, WALLET.BALANCE.plus(amount)).where(WALLET.ID.eq(to)).execute(); // expect: missing-transaction
    }

    /** SAFE twin: both updates commit together in dsl.transaction(..). */
    public void transferInTransaction(long from, long to, long amount) {
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            tx.update(WALLET).set(WALLET.BALANCE, WALLET.BALANCE.minus(amount)).where(WALLET.ID.eq(from)).execute();
            tx.update(WALLET).set(WALLET.BALANCE, WALLET.BALANCE.plus(amount)).where(WALLET.ID.eq(to)).execute();
        });
    }
}
