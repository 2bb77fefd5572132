package com.example.realcode.contexts.callback;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows killbill/killbill util/.../entity/dao/EntitySqlDaoTransactionalJdbiWrapper.execute(ro, callback):
 * DAOs hand their work as a callback to a wrapper that runs it inside the transaction it opens
 * (here with Spring's @Transactional instead of JDBI's inTransaction).
 */
@Component
public class TransactionRunner {

    @Transactional
    public <T> T execute(Supplier<T> work) {
        return work.get();
    }

    @Transactional(isolation = Isolation.SERIALIZABLE)
    public void executeSerializable(Runnable work) {
        work.run();
    }

    /** Runs the callback with retries, but in no transaction. */
    public void withRetry(Runnable work) {
        for (int attempt = 0; attempt < 3; attempt++) {
            work.run();
            return;
        }
    }
}
