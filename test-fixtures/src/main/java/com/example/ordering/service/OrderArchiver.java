package com.example.ordering.service;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves old orders out of the operational tables with plain SQL. */
@Service
public class OrderArchiver {

    private static final String COPY_TO_ARCHIVE =
            "insert into order_archive (order_id, customer_email, total) select id, customer_email, total from purchase_order where id = ?";

    private final JdbcTemplate jdbcTemplate;

    public OrderArchiver(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    // each update auto-commits: a failing delete leaves the order both archived and live
    public void archive(long orderId) {
        jdbcTemplate.update(COPY_TO_ARCHIVE, orderId);
        jdbcTemplate.update("delete from order_line where order_id = ?", orderId); // expect: missing-transaction
        jdbcTemplate.update("delete from purchase_order where id = ?", orderId);
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: the same statements in one transaction
    @Transactional
    public void archiveAtomically(long orderId) {
        jdbcTemplate.update(COPY_TO_ARCHIVE, orderId);
        jdbcTemplate.update("delete from order_line where order_id = ?", orderId);
        jdbcTemplate.update("delete from purchase_order where id = ?", orderId);
    }

    // safe: a single statement
    public int purgeArchive(int olderThanDays) {
        return jdbcTemplate.update("delete from order_archive where archived_at < current_date - ?", olderThanDays);
    }
}
