package com.example.realcode.devset;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Safe twin of the fragment fixtures: an {@code Impl} class whose interface no repository
 * extends is no bean (created with new by whoever needs it, which owns the transaction).
 */
public class LedgerWriterImpl implements LedgerWriter {
    private final JdbcTemplate jdbc;

    public LedgerWriterImpl(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void book(long account, long amount) {
        jdbc.update("INSERT INTO LEDGER (ACCOUNT, AMOUNT) VALUES (?, ?)", account, amount);
        jdbc.update("UPDATE ACCOUNT SET BALANCE = BALANCE + ? WHERE ID = ?", amount, account);
    }
}
