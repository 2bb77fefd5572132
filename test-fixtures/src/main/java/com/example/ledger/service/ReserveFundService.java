package com.example.ledger.service;

import com.example.common.DomainException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Reserve funds kept in plain SQL through {@link JdbcTemplate}; amounts are in cents. */
@Service
public class ReserveFundService {

    public record FundSnapshot(long id, long balance, long version) {
    }

    private static final String SELECT_BALANCE = "select balance from reserve_fund where id = ?";
    private static final String SELECT_BALANCE_FOR_UPDATE = SELECT_BALANCE + " for update";
    private static final String SELECT_SNAPSHOT = """
            select id, balance, version
              from reserve_fund
             where id = ?
            """;
    private static final String UPDATE_BALANCE = "update reserve_fund set balance = ? where id = ?";
    private static final String ADD_TO_BALANCE = "update reserve_fund set balance = balance + ? where id = ?";
    private static final String WITHDRAW_IF_COVERED =
            "update reserve_fund set balance = balance - ? where id = ? and balance >= ?";
    private static final String UPDATE_IF_UNCHANGED = """
            update reserve_fund
               set balance = ?, version = version + 1
             where id = ? and version = ?
            """;
    private static final String INSERT_FUND = "insert into reserve_fund (name, balance, version) values (?, ?, 0)";

    private static final RowMapper<FundSnapshot> SNAPSHOT_MAPPER = (rs, rowNum) ->
            new FundSnapshot(rs.getLong("id"), rs.getLong("balance"), rs.getLong("version"));

    private final JdbcTemplate jdbcTemplate;

    public ReserveFundService(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public void deposit(long fundId, long cents) {
        Long balance = jdbcTemplate.queryForObject(SELECT_BALANCE, Long.class, fundId);
        jdbcTemplate.update(UPDATE_BALANCE, balance + cents, fundId); // expect: lost-update
    }

    @Transactional
    public void withdraw(long fundId, long cents) {
        long balance = jdbcTemplate.queryForObject(SELECT_BALANCE, Long.class, fundId);
        if (balance < cents) {
            throw new DomainException("reserve fund " + fundId + " cannot cover " + cents);
        }
        long remaining = balance - cents;
        jdbcTemplate.update(UPDATE_BALANCE, remaining, fundId); // expect: lost-update-weak-isolation
    }

    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public void chargeCustodyFee(long fundId, long fee) {
        FundSnapshot fund = jdbcTemplate.queryForObject(SELECT_SNAPSHOT, SNAPSHOT_MAPPER, fundId);
        jdbcTemplate.update(UPDATE_BALANCE, fund.balance() - fee, fundId); // expect: lost-update-weak-isolation
    }

    public void earmark(long fundId, long cents) {
        Map<String, Object> row = jdbcTemplate.queryForMap(
                "select balance, earmarked from reserve_fund where id = ?", fundId);
        long earmarked = ((Number) row.get("earmarked")).longValue();
        jdbcTemplate.update("update reserve_fund set earmarked = ? where id = ?", earmarked + cents, fundId); // expect: lost-update
    }

    // FOR UPDATE without a transaction: auto-commit releases the row lock right after the SELECT
    public void payOut(long fundId, long cents) {
        Long balance = jdbcTemplate.queryForObject(SELECT_BALANCE_FOR_UPDATE, Long.class, fundId);
        jdbcTemplate.update(UPDATE_BALANCE, balance - cents, fundId); // expect: lost-update
    }

    // read and write in private helpers; the finding belongs to this method
    public void applyYield(long fundId, BigDecimal rate) {
        long current = readBalance(fundId);
        long next = BigDecimal.valueOf(current).multiply(BigDecimal.ONE.add(rate))
                .setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        writeBalance(fundId, next); // expect: lost-update
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: the read only validates; the write is an atomic "balance = balance + ?"
    public void topUp(long fundId, long cents) {
        Long balance = jdbcTemplate.queryForObject(SELECT_BALANCE, Long.class, fundId);
        if (balance == null) {
            throw new DomainException("no reserve fund " + fundId);
        }
        jdbcTemplate.update(ADD_TO_BALANCE, cents, fundId);
    }

    // safe: guarded atomic update, the database refuses to overdraw
    public boolean release(long fundId, long cents) {
        return jdbcTemplate.update(WITHDRAW_IF_COVERED, cents, fundId, cents) == 1;
    }

    // safe: optimistic "where version = ?" update, a concurrent change makes it hit no row
    public boolean chargeAuditFee(long fundId, long fee) {
        FundSnapshot fund = jdbcTemplate.queryForObject(SELECT_SNAPSHOT, SNAPSHOT_MAPPER, fundId);
        return jdbcTemplate.update(UPDATE_IF_UNCHANGED, fund.balance() - fee, fundId, fund.version()) == 1;
    }

    // safe: SELECT ... FOR UPDATE inside the transaction holds the row until commit
    @Transactional
    public void settle(long fundId, long cents) {
        Long balance = jdbcTemplate.queryForObject(SELECT_BALANCE_FOR_UPDATE, Long.class, fundId);
        jdbcTemplate.update(UPDATE_BALANCE, balance - cents, fundId);
    }

    // safe: SERIALIZABLE isolation
    @Transactional(isolation = Isolation.SERIALIZABLE)
    public void rebalance(long fundId, long cents) {
        Long balance = jdbcTemplate.queryForObject(SELECT_BALANCE, Long.class, fundId);
        jdbcTemplate.update(UPDATE_BALANCE, balance + cents, fundId);
    }

    // safe: blind write of a caller-supplied value, nothing read first
    public void resetBalance(long fundId, long cents) {
        jdbcTemplate.update(UPDATE_BALANCE, cents, fundId);
    }

    // safe: inserts a new row
    public void open(String name, long initialCents) {
        jdbcTemplate.update(INSERT_FUND, name, initialCents);
    }

    // safe: read-only
    public FundSnapshot snapshot(long fundId) {
        return jdbcTemplate.queryForObject(SELECT_SNAPSHOT, SNAPSHOT_MAPPER, fundId);
    }

    private long readBalance(long fundId) {
        return jdbcTemplate.queryForObject(SELECT_BALANCE, Long.class, fundId);
    }

    private void writeBalance(long fundId, long cents) {
        jdbcTemplate.update(UPDATE_BALANCE, cents, fundId);
    }
}
