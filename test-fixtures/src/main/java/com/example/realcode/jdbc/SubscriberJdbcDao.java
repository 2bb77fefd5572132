package com.example.realcode.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Repository;

/**
 * Check-then-insert through plain JDBC: {@code select count(*) .. where email = ?} then
 * {@code insert}. newsletter_subscriber has no unique key on email; mailing_member has
 * {@code unique (list_id, email)} in schema.sql.
 */
@Repository
public class SubscriberJdbcDao {

    private final DataSource dataSource;

    public SubscriberJdbcDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean subscribe(String email) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement count = connection.prepareStatement("select count(*) from newsletter_subscriber where email = ?")) {
                count.setString(1, email);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    int existing = rs.getInt(1);
                    if (existing > 0) {
                        return false;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into newsletter_subscriber (email) values (?)")) {
                insert.setString(1, email);
                insert.executeUpdate(); // expect: check-then-insert
            }
            return true;
        }
    }

    // --- no finding below -------------------------------------------------------------------

    // unique (list_id, email) in schema.sql: the second insert fails
    public boolean join(long listId, String email) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement count = connection.prepareStatement(
                    "select count(*) from mailing_member where list_id = ? and email = ?")) {
                count.setLong(1, listId);
                count.setString(2, email);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    int existing = rs.getInt(1);
                    if (existing > 0) {
                        return false;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into mailing_member (list_id, email) values (?, ?)")) {
                insert.setLong(1, listId);
                insert.setString(2, email);
                insert.executeUpdate();
            }
            return true;
        }
    }
}
