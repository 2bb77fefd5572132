package com.example.realcode.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.stereotype.Repository;

/**
 * Wallet balances through plain JDBC: a connection from the DataSource in try-with-resources, SQL
 * in constants, a SELECT then an UPDATE of a value computed in Java.
 */
@Repository
public class WalletJdbcDao {

    private static final String SELECT_BALANCE = "select balance from cash_wallet where id = ?";
    private static final String SELECT_BALANCE_FOR_UPDATE = "select balance from cash_wallet where id = ? for update";
    private static final String UPDATE_BALANCE = "update cash_wallet set balance = ? where id = ?";
    private static final String ADD_TO_BALANCE = "update cash_wallet set balance = balance + ? where id = ?";
    private static final String WITHDRAW_IF_COVERED = "update cash_wallet set balance = balance - ? where id = ? and balance >= ?";
    private static final String INSERT_ENTRY = "insert into wallet_entry (wallet_id, amount) values (?, ?)";

    private final DataSource dataSource;

    public WalletJdbcDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void deposit(long walletId, long cents) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            long balance;
            try (PreparedStatement select = connection.prepareStatement(SELECT_BALANCE)) {
                select.setLong(1, walletId);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    balance = rs.getLong("balance");
                }
            }
            try (PreparedStatement update = connection.prepareStatement(UPDATE_BALANCE)) {
                update.setLong(1, balance + cents);
                update.setLong(2, walletId);
                update.executeUpdate(); // expect: lost-update
            }
        }
    }

    // auto-commit off, but the SELECT takes no lock: READ_COMMITTED lets two withdrawals read the same balance
    public void withdrawInTransaction(long walletId, long cents) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                PreparedStatement select = connection.prepareStatement(SELECT_BALANCE);
                select.setLong(1, walletId);
                ResultSet rs = select.executeQuery();
                rs.next();
                long balance = rs.getLong(1);
                PreparedStatement update = connection.prepareStatement(UPDATE_BALANCE);
                update.setLong(1, balance - cents);
                update.setLong(2, walletId);
                update.executeUpdate(); // expect: lost-update-weak-isolation
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    // a Statement with the SQL built in place
    public void addBonus(long walletId, long bonus) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            ResultSet rs = statement.executeQuery("select balance from cash_wallet where id = " + walletId);
            rs.next();
            long updated = rs.getLong("balance") + bonus;
            statement.executeUpdate("update cash_wallet set balance = " + updated + " where id = " + walletId); // expect: lost-update
        }
    }

    // helpers that take the Connection: the caller composes them
    public void refund(long walletId, long cents) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            long balance = readBalance(connection, walletId);
            writeBalance(connection, walletId, balance + cents); // expect: lost-update
        }
    }

    // two writes that commit separately with auto-commit on
    public void payWithEntry(long walletId, long cents) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement entry = connection.prepareStatement(INSERT_ENTRY)) {
                entry.setLong(1, walletId);
                entry.setLong(2, -cents);
                entry.executeUpdate();
            }
            try (PreparedStatement debit = connection.prepareStatement(WITHDRAW_IF_COVERED)) {
                debit.setLong(1, cents);
                debit.setLong(2, walletId);
                debit.setLong(3, cents);
                debit.executeUpdate(); // expect: missing-transaction
            }
        }
    }

    // --- no finding below -------------------------------------------------------------------

    public void depositAtomically(long walletId, long cents) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(ADD_TO_BALANCE)) {
            update.setLong(1, cents);
            update.setLong(2, walletId);
            update.executeUpdate();
        }
    }

    public boolean withdrawIfCovered(long walletId, long cents) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(WITHDRAW_IF_COVERED)) {
            update.setLong(1, cents);
            update.setLong(2, walletId);
            update.setLong(3, cents);
            return update.executeUpdate() == 1;
        }
    }

    // SELECT ... FOR UPDATE inside the transaction: the row stays locked until commit
    public void withdrawLocked(long walletId, long cents) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                PreparedStatement select = connection.prepareStatement(SELECT_BALANCE_FOR_UPDATE);
                select.setLong(1, walletId);
                ResultSet rs = select.executeQuery();
                rs.next();
                long balance = rs.getLong(1);
                PreparedStatement update = connection.prepareStatement(UPDATE_BALANCE);
                update.setLong(1, balance - cents);
                update.setLong(2, walletId);
                update.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    public void withdrawSerializable(long walletId, long cents) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            connection.setAutoCommit(false);
            long balance = readBalance(connection, walletId);
            writeBalance(connection, walletId, balance - cents);
            connection.commit();
        }
    }

    // the same two writes in one hand-managed transaction commit together
    public void payWithEntryAtomically(long walletId, long cents) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement entry = connection.prepareStatement(INSERT_ENTRY);
                 PreparedStatement debit = connection.prepareStatement(WITHDRAW_IF_COVERED)) {
                entry.setLong(1, walletId);
                entry.setLong(2, -cents);
                entry.executeUpdate();
                debit.setLong(1, cents);
                debit.setLong(2, walletId);
                debit.setLong(3, cents);
                debit.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    // a value read only to decide, the row changed by the database: nothing computed in Java is written
    public void closeIfEmpty(long walletId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            long balance = readBalance(connection, walletId);
            if (balance == 0) {
                try (PreparedStatement close = connection.prepareStatement("update cash_wallet set closed = true where id = ? and balance = 0")) {
                    close.setLong(1, walletId);
                    close.executeUpdate();
                }
            }
        }
    }

    private long readBalance(Connection connection, long walletId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_BALANCE)) {
            select.setLong(1, walletId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getLong("balance") : 0L;
            }
        }
    }

    private void writeBalance(Connection connection, long walletId, long balance) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(UPDATE_BALANCE)) {
            update.setLong(1, balance);
            update.setLong(2, walletId);
            update.executeUpdate();
        }
    }
}
