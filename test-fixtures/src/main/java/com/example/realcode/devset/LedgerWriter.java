package com.example.realcode.devset;

/** An interface no repository extends. */
public interface LedgerWriter {
    void book(long account, long amount);
}
