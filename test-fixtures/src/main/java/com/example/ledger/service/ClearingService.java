package com.example.ledger.service;

import com.example.common.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Clearing positions through the fluent {@link JdbcClient}. */
@Service
public class ClearingService {

    private static final String SELECT_OPEN_QUANTITY = "select open_quantity from clearing_position where id = ?";
    private static final String UPDATE_OPEN_QUANTITY = "update clearing_position set open_quantity = ? where id = ?";
    private static final String SELECT_EXPOSURE = "select exposure from clearing_position where id = :id";
    private static final String UPDATE_EXPOSURE = "update clearing_position set exposure = :exposure where id = :id";
    private static final String NET_OFF = "update clearing_position set open_quantity = open_quantity - :quantity "
            + "where id = :id and open_quantity >= :quantity";
    private static final String ADD_OPEN_QUANTITY =
            "update clearing_position set open_quantity = open_quantity + ? where id = ?";

    private final JdbcClient jdbcClient;

    public ClearingService(JdbcClient jdbcClient) {
        this.jdbcClient = jdbcClient;
    }

    public void open(long positionId, int quantity) {
        Integer open = jdbcClient.sql(SELECT_OPEN_QUANTITY).param(positionId).query(Integer.class).single();
        jdbcClient.sql(UPDATE_OPEN_QUANTITY).param(open + quantity).param(positionId).update(); // expect: lost-update
    }

    @Transactional
    public void hedge(long positionId, long amount) {
        Long exposure = jdbcClient.sql(SELECT_EXPOSURE).param("id", positionId).query(Long.class).single();
        jdbcClient.sql(UPDATE_EXPOSURE).param("exposure", exposure - amount).param("id", positionId).update(); // expect: lost-update-weak-isolation
    }

    public void close(long positionId, int quantity) {
        int open = jdbcClient.sql(SELECT_OPEN_QUANTITY).param(positionId).query(Integer.class).optional().orElse(0);
        if (open < quantity) {
            throw new DomainException("position " + positionId + " has only " + open + " open");
        }
        jdbcClient.sql(UPDATE_OPEN_QUANTITY).param(open - quantity).param(positionId).update(); // expect: lost-update
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: guarded atomic update
    public boolean netOff(long positionId, int quantity) {
        return jdbcClient.sql(NET_OFF).param("id", positionId).param("quantity", quantity).update() == 1;
    }

    // safe: atomic "open_quantity = open_quantity + ?"
    public void add(long positionId, int quantity) {
        jdbcClient.sql(ADD_OPEN_QUANTITY).param(quantity).param(positionId).update();
    }

    // safe: SERIALIZABLE isolation
    @Transactional(isolation = Isolation.SERIALIZABLE)
    public void rollOver(long positionId, long amount) {
        Long exposure = jdbcClient.sql(SELECT_EXPOSURE).param("id", positionId).query(Long.class).single();
        jdbcClient.sql(UPDATE_EXPOSURE).param("exposure", exposure + amount).param("id", positionId).update();
    }

    // safe: read-only
    public long exposure(long positionId) {
        return jdbcClient.sql(SELECT_EXPOSURE).param("id", positionId).query(Long.class).single();
    }
}
