package com.example.demo.support;

/**
 * Two points every service calls around its read, so that a test can force the interleaving that
 * production traffic produces only now and then. In the application it does nothing.
 *
 * <p>{@link #beforeRead} comes right before the read (for the atomic variants, which have no read:
 * right before their single statement); {@link #betweenReadAndWrite} comes after the read — after
 * the lock is granted, for the variants that lock — and before anything is decided or written.
 * A retry calls both again.
 */
public interface RaceHook {

    RaceHook NONE = new RaceHook() {
    };

    /** @param scenario {@code domain/variant}, e.g. {@code stock/racy} */
    default void beforeRead(String scenario) {
    }

    /** @param scenario {@code domain/variant}, e.g. {@code stock/racy} */
    default void betweenReadAndWrite(String scenario) {
    }
}
