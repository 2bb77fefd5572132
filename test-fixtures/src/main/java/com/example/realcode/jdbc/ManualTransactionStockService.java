package com.example.realcode.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Hand-managed Spring transactions as litemall wrote them before f52dcd3f33 (WxOrderController
 * submit / cancel): {@code status = txManager.getTransaction(def)} ... {@code txManager.commit(status)},
 * {@code rollback(status)} in the catch. Between the two calls the code runs in a transaction.
 */
@Service
public class ManualTransactionStockService {

    private static final String SELECT_STOCK = "select number from product_stock where id = ?";
    private static final String UPDATE_STOCK = "update product_stock set number = ? where id = ?";
    private static final String INSERT_ORDER = "insert into shop_order (product_id, quantity) values (?, ?)";

    private final PlatformTransactionManager txManager;
    private final JdbcTemplate jdbc;

    public ManualTransactionStockService(PlatformTransactionManager txManager, JdbcTemplate jdbc) {
        this.txManager = txManager;
        this.jdbc = jdbc;
    }

    // in a transaction at the default isolation, no lock: two orders read the same stock
    public void submit(long productId, int quantity) {
        DefaultTransactionDefinition def = new DefaultTransactionDefinition();
        def.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        TransactionStatus status = txManager.getTransaction(def);
        try {
            jdbc.update(INSERT_ORDER, productId, quantity);
            Integer number = jdbc.queryForObject(SELECT_STOCK, Integer.class, productId);
            int remain = number - quantity;
            if (remain < 0) {
                throw new IllegalStateException("not enough stock");
            }
            jdbc.update(UPDATE_STOCK, remain, productId); // expect: lost-update-weak-isolation
        } catch (RuntimeException ex) {
            txManager.rollback(status);
            throw ex;
        }
        txManager.commit(status);
    }

    // the write after commit(status) runs outside the transaction
    public void restock(long productId, int quantity) {
        TransactionStatus status = txManager.getTransaction(new DefaultTransactionDefinition());
        jdbc.update(INSERT_ORDER, productId, -quantity);
        txManager.commit(status);
        Integer number = jdbc.queryForObject(SELECT_STOCK, Integer.class, productId);
        jdbc.update(UPDATE_STOCK, number + quantity, productId); // expect: lost-update, missing-transaction
    }

    // --- no finding below -------------------------------------------------------------------

    public void submitSerializable(long productId, int quantity) {
        DefaultTransactionDefinition def = new DefaultTransactionDefinition();
        def.setIsolationLevel(TransactionDefinition.ISOLATION_SERIALIZABLE);
        TransactionStatus status = txManager.getTransaction(def);
        try {
            jdbc.update(INSERT_ORDER, productId, quantity);
            Integer number = jdbc.queryForObject(SELECT_STOCK, Integer.class, productId);
            jdbc.update(UPDATE_STOCK, number - quantity, productId);
        } catch (RuntimeException ex) {
            txManager.rollback(status);
            throw ex;
        }
        txManager.commit(status);
    }

    public void submitLocked(long productId, int quantity) {
        TransactionStatus status = txManager.getTransaction(new DefaultTransactionDefinition());
        try {
            Integer number = jdbc.queryForObject(SELECT_STOCK + " for update", Integer.class, productId);
            jdbc.update(UPDATE_STOCK, number - quantity, productId);
            jdbc.update(INSERT_ORDER, productId, quantity);
        } catch (RuntimeException ex) {
            txManager.rollback(status);
            throw ex;
        }
        txManager.commit(status);
    }
}
