package com.example.demo.wallet.racy;

import com.example.demo.support.RaceHook;
import com.example.demo.wallet.AccountRows;
import com.example.demo.wallet.Transfers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Service;

/**
 * RACY with plain JDBC: a connection from the DataSource in auto-commit mode, a SELECT of each
 * balance, the new balances computed in Java and written with {@code UPDATE .. SET balance = ?}.
 * Concurrent payments into one account all read its old balance; the last write wins.
 */
@Service
public class JdbcTransfers implements Transfers {

    private static final String SCENARIO = "wallet/jdbc-racy";

    private final DataSource dataSource;
    private final RaceHook hook;

    public JdbcTransfers(DataSource dataSource, RaceHook hook) {
        this.dataSource = dataSource;
        this.hook = hook;
    }

    @Override
    public String variant() {
        return "jdbc-racy";
    }

    @Override
    public boolean transfer(long fromId, long toId, long amount) {
        hook.beforeRead(SCENARIO);
        try (Connection connection = dataSource.getConnection()) {
            long fromBalance;
            long toBalance;
            try (PreparedStatement select = connection.prepareStatement(AccountRows.SELECT_BALANCE)) {
                select.setLong(1, fromId);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    fromBalance = rs.getLong(1);
                }
                select.setLong(1, toId);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    toBalance = rs.getLong(1);
                }
            }
            hook.betweenReadAndWrite(SCENARIO);
            if (fromBalance < amount) {
                return false;
            }
            try (PreparedStatement update = connection.prepareStatement(AccountRows.UPDATE_BALANCE)) {
                update.setLong(1, fromBalance - amount);
                update.setLong(2, fromId);
                update.executeUpdate(); // expect: lost-update
                update.setLong(1, toBalance + amount);
                update.setLong(2, toId);
                update.executeUpdate(); // expect: missing-transaction
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
