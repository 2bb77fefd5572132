package com.example.jdbi;

import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Read-modify-write through JDBI's fluent API (Handle.createQuery / createUpdate, shapes of
 * JDBI's developer guide "Fluent API") and through SQL objects reached as a field, with
 * onDemand, attach and withExtension.
 */
public class JdbiStock {

    private final Jdbi jdbi;
    private final ProductDao products;

    public JdbiStock(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.products = jdbi.onDemand(ProductDao.class);
    }

    /** RACY: the SQL object reads the stock, Java computes the new one, the SQL object writes it. */
    public void reserve(long id, int quantity) {
        int stock = products.stockOf(id);
        products.setStock(id, stock - quantity); // expect: lost-update
    }

    /** SAFE twin: UPDATE .. SET stock = stock - :q WHERE stock >= :q. */
    public boolean reserveAtomically(long id, int quantity) {
        int stock = products.stockOf(id);
        return stock >= quantity && products.take(id, quantity) == 1;
    }

    /** RACY: the fluent API, the new value bound into the UPDATE. */
    public void reserveFluent(long id, int quantity) {
        jdbi.useHandle(handle -> {
            int stock = handle.createQuery("select stock from product where id = :id").bind("id", id).mapTo(Integer.class).one();
            handle.createUpdate("update product set stock = :stock where id = :id").bind("stock", stock - quantity).bind("id", id).execute(); // expect: lost-update
        });
    }

    /** jdbi.useTransaction at default isolation: still racy. */
    public void reserveFluentInTransaction(long id, int quantity) {
        jdbi.useTransaction(handle -> {
            int stock = handle.createQuery("select stock from product where id = :id").bind("id", id).mapTo(Integer.class).one();
            handle.createUpdate("update product set stock = :stock where id = :id").bind("stock", stock - quantity).bind("id", id).execute(); // expect: lost-update-weak-isolation
        });
    }

    /** SAFE twin: SERIALIZABLE. */
    public void reserveFluentSerializable(long id, int quantity) {
        jdbi.useTransaction(TransactionIsolationLevel.SERIALIZABLE, handle -> {
            int stock = handle.createQuery("select stock from product where id = :id").bind("id", id).mapTo(Integer.class).one();
            handle.createUpdate("update product set stock = :stock where id = :id").bind("stock", stock - quantity).bind("id", id).execute();
        });
    }

    /** SAFE twin: FOR UPDATE in jdbi.inTransaction. */
    public int reserveFluentLocked(long id, int quantity) {
        return jdbi.inTransaction(handle -> {
            int stock = handle.createQuery("select stock from product where id = :id for update").bind("id", id).mapTo(Integer.class).one();
            return handle.createUpdate("update product set stock = :stock where id = :id").bind("stock", stock - quantity).bind("id", id).execute();
        });
    }

    /** RACY: handle.execute(sql, args) with a value computed in Java. */
    public void reserveExecute(long id, int quantity) {
        jdbi.useHandle(handle -> {
            int stock = handle.createQuery("select stock from product where id = :id").bind("id", id).mapTo(Integer.class).one();
            handle.execute("update product set stock = ? where id = ?", stock - quantity, id); // expect: lost-update
        });
    }

    /** RACY: a SQL object handed out by withExtension. */
    public void reserveWithExtension(long id, int quantity) {
        jdbi.useExtension(ProductDao.class, dao -> {
            int stock = dao.stockOf(id);
            dao.setStock(id, stock - quantity); // expect: lost-update
        });
    }

    /** RACY: a SQL object attached to a handle. */
    public void reserveAttached(long id, int quantity) {
        jdbi.useHandle(handle -> {
            int stock = handle.attach(ProductDao.class).stockOf(id);
            handle.attach(ProductDao.class).setStock(id, stock - quantity); // expect: lost-update
        });
    }

    /** A transaction helper of the application's own (killbill wraps jdbi's inTransaction the same way). */
    private <T> T inTransaction(HandleCallback<T, RuntimeException> work) {
        return jdbi.inTransaction(handle -> work.withHandle(handle));
    }

    /** The helper runs the callback in jdbi.inTransaction: a transaction at default isolation. */
    public void reserveThroughHelper(long id, int quantity) {
        inTransaction(handle -> {
            int stock = handle.createQuery("select stock from product where id = :id").bind("id", id).mapTo(Integer.class).one();
            return handle.createUpdate("update product set stock = :stock where id = :id").bind("stock", stock - quantity).bind("id", id).execute(); // expect: lost-update-weak-isolation
        });
    }
}
