package com.example.jdbi;

import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

/** Two writes of one transfer: separate commits unless jdbi.useTransaction spans them. */
@Singleton
public class JdbiTransfers {

    private final Jdbi jdbi;
    private final AccountDao accounts;

    public JdbiTransfers(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.accounts = jdbi.onDemand(AccountDao.class);
    }

    public void transfer(long from, long to, long amount) {
        accounts.debit(from, amount);
        accounts.credit(to, amount); // expect: missing-transaction
    }

    /** SAFE twin: one transaction, the SQL object attached to its handle. */
    public void transferInTransaction(long from, long to, long amount) {
        jdbi.useTransaction(handle -> {
            AccountDao dao = handle.attach(AccountDao.class);
            dao.debit(from, amount);
            dao.credit(to, amount);
        });
    }
}
