package com.example.jdbi;

import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * A JDBI SQL object (declarative API, shape of JDBI's developer guide "SQL Objects" and of
 * killbill's *SqlDao interfaces): the SQL text of each method decides read, racy write or atomic
 * update; @Transaction default methods run in a transaction of the SQL object's handle.
 */
public interface ProductDao {

    @SqlQuery("select stock from product where id = :id")
    int stockOf(@Bind("id") long id);

    @SqlQuery("select stock from product where id = :id for update")
    int stockOfForUpdate(@Bind("id") long id);

    @SqlUpdate("update product set stock = :stock where id = :id")
    void setStock(@Bind("id") long id, @Bind("stock") int stock);

    @SqlUpdate("update product set stock = stock - :quantity where id = :id and stock >= :quantity")
    int take(@Bind("id") long id, @Bind("quantity") int quantity);

    /** A transaction at default isolation: both readers see the same stock. */
    @Transaction
    default void reserveInTransaction(long id, int quantity) {
        int stock = stockOf(id);
        setStock(id, stock - quantity); // expect: lost-update-weak-isolation
    }

    /** SAFE twin: SERIALIZABLE fails one of two concurrent transactions. */
    @Transaction(TransactionIsolationLevel.SERIALIZABLE)
    default void reserveSerializable(long id, int quantity) {
        int stock = stockOf(id);
        setStock(id, stock - quantity);
    }

    /** SAFE twin: SELECT ... FOR UPDATE inside the @Transaction holds the row until commit. */
    @Transaction
    default void reserveLocked(long id, int quantity) {
        int stock = stockOfForUpdate(id);
        setStock(id, stock - quantity);
    }
}
