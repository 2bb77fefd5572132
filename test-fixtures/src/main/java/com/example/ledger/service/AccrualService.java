package com.example.ledger.service;

import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Interest accruals through {@link NamedParameterJdbcTemplate}; amounts are in cents. */
@Service
public class AccrualService {

    private static final String SELECT_ACCRUED = "select accrued from accrual where id = :id";
    private static final String SELECT_ACCRUED_FOR_UPDATE = """
            select accrued
              from accrual
             where id = :id
               for update
            """;
    private static final String UPDATE_ACCRUED = """
            update accrual
               set accrued = :accrued
             where id = :id
            """;
    private static final String ADD_ACCRUED = """
            update accrual
               set accrued = accrued + :amount
             where id = :id
            """;

    private final NamedParameterJdbcTemplate namedJdbc;

    public AccrualService(NamedParameterJdbcTemplate namedJdbc) {
        this.namedJdbc = namedJdbc;
    }

    public void accrue(long accrualId, long cents) {
        Long accrued = namedJdbc.queryForObject(SELECT_ACCRUED, Map.of("id", accrualId), Long.class);
        namedJdbc.update(UPDATE_ACCRUED, Map.of("id", accrualId, "accrued", accrued + cents)); // expect: lost-update
    }

    @Transactional
    public void reverse(long accrualId, long cents) {
        MapSqlParameterSource key = new MapSqlParameterSource("id", accrualId);
        long accrued = namedJdbc.queryForObject(SELECT_ACCRUED, key, Long.class);
        long reversed = Math.max(0, accrued - cents);
        namedJdbc.update(UPDATE_ACCRUED, new MapSqlParameterSource("id", accrualId).addValue("accrued", reversed)); // expect: lost-update-weak-isolation
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: atomic "accrued = accrued + :amount"
    public void accrueAtomically(long accrualId, long cents) {
        namedJdbc.update(ADD_ACCRUED, Map.of("id", accrualId, "amount", cents));
    }

    // safe: SELECT ... FOR UPDATE (text block) inside the transaction
    @Transactional
    public void capitalize(long accrualId, long cents) {
        Long accrued = namedJdbc.queryForObject(SELECT_ACCRUED_FOR_UPDATE, Map.of("id", accrualId), Long.class);
        namedJdbc.update(UPDATE_ACCRUED, Map.of("id", accrualId, "accrued", accrued + cents));
    }

    // safe: read-only
    public long accrued(long accrualId) {
        Long accrued = namedJdbc.queryForObject(SELECT_ACCRUED, Map.of("id", accrualId), Long.class);
        return accrued == null ? 0 : accrued;
    }
}
