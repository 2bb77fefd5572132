package com.example.demo.wallet.fixed;

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
 * FIXED with plain JDBC: a hand-managed transaction ({@code setAutoCommit(false)} ..
 * {@code commit()}) in which both rows are read {@code SELECT .. FOR UPDATE}, the lower id first
 * so that two opposite transfers cannot deadlock; the next transfer touching either account waits
 * until this one commits. Both updates commit together.
 */
@Service
public class LockingJdbcTransfers implements Transfers {

    private static final String SCENARIO = "wallet/jdbc-locked";

    private final DataSource dataSource;
    private final RaceHook hook;

    public LockingJdbcTransfers(DataSource dataSource, RaceHook hook) {
        this.dataSource = dataSource;
        this.hook = hook;
    }

    @Override
    public String variant() {
        return "jdbc-locked";
    }

    @Override
    public boolean transfer(long fromId, long toId, long amount) {
        hook.beforeRead(SCENARIO);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long firstId = Math.min(fromId, toId);
                long secondId = Math.max(fromId, toId);
                long first;
                long second;
                try (PreparedStatement select = connection.prepareStatement(AccountRows.SELECT_BALANCE_FOR_UPDATE)) {
                    select.setLong(1, firstId);
                    try (ResultSet rs = select.executeQuery()) {
                        rs.next();
                        first = rs.getLong(1);
                    }
                    select.setLong(1, secondId);
                    try (ResultSet rs = select.executeQuery()) {
                        rs.next();
                        second = rs.getLong(1);
                    }
                }
                long fromBalance = firstId == fromId ? first : second;
                long toBalance = firstId == fromId ? second : first;
                hook.betweenReadAndWrite(SCENARIO);
                if (fromBalance < amount) {
                    connection.rollback();
                    return false;
                }
                try (PreparedStatement update = connection.prepareStatement(AccountRows.UPDATE_BALANCE)) {
                    update.setLong(1, fromBalance - amount);
                    update.setLong(2, fromId);
                    update.executeUpdate();
                    update.setLong(1, toBalance + amount);
                    update.setLong(2, toId);
                    update.executeUpdate();
                }
                connection.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
