package com.example.demo.support;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;

/**
 * Runs an attempt again when the database refused it because of a concurrent change: an
 * optimistic-lock failure ({@code @Version}), a serialization failure (SERIALIZABLE) or a lock
 * conflict. Every attempt must be a whole transaction (or a single auto-committed write): the
 * failed one was rolled back, so running it again cannot apply anything twice.
 */
@Component
public class ConflictRetry {

    /** Enough for every one of the test's concurrent requests to lose once per winner. */
    static final int MAX_ATTEMPTS = 50;

    private final AtomicLong retries = new AtomicLong();

    public <T> T run(Supplier<T> attempt) {
        for (int i = 1; ; i++) {
            try {
                return attempt.get();
            } catch (ConcurrencyFailureException conflict) {
                if (i == MAX_ATTEMPTS) {
                    throw conflict;
                }
                retries.incrementAndGet();
            }
        }
    }

    /** Attempts run again so far (the load tests print it). */
    public long retries() {
        return retries.get();
    }
}
