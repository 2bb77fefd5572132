package com.example.jooq;

import static com.example.jooq.db.Tables.PRODUCT;
import static com.example.jooq.db.Tables.WALLET;

import com.example.jooq.db.tables.records.ProductRecord;
import com.example.jooq.db.tables.records.WalletRecord;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.impl.DSL;

/**
 * Read-modify-write through jOOQ with generated tables. Shapes from jOOQ's manual and from
 * services written against it (a record fetched, changed with its generated setters and stored;
 * a value fetched and written back with update(..).set(..)); each racy method has a twin with the
 * protection next to it.
 */
public class JooqStock {

    private final DSLContext dsl;

    public JooqStock(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** RACY: the stock is read, decremented in Java and written back with update(..).set(STOCK, value). */
    public void reserveComputedInJava(long id, int quantity) {
        ProductRecord product = dsl.selectFrom(PRODUCT).where(PRODUCT.ID.eq(id)).fetchOne();
        int stock = product.getStock();
        if (stock < quantity) {
            throw new IllegalStateException("sold out");
        }
        dsl.update(PRODUCT).set(PRODUCT.STOCK, stock - quantity).where(PRODUCT.ID.eq(id)).execute(); // expect: lost-update
    }

    /** SAFE twin: the database subtracts and checks the stock itself. */
    public boolean reserveAtomically(long id, int quantity) {
        ProductRecord product = dsl.selectFrom(PRODUCT).where(PRODUCT.ID.eq(id)).fetchOne();
        if (product.getStock() < quantity) {
            return false;
        }
        return dsl.update(PRODUCT).set(PRODUCT.STOCK, PRODUCT.STOCK.minus(quantity)).where(PRODUCT.ID.eq(id)).and(PRODUCT.STOCK.ge(quantity)).execute() == 1;
    }

    /** RACY: a single value fetched with fetchOne(FIELD) and written back. */
    public void restock(long id, int quantity) {
        Integer stock = dsl.select(PRODUCT.STOCK).from(PRODUCT).where(PRODUCT.ID.eq(id)).fetchOne(PRODUCT.STOCK);
        dsl.update(PRODUCT).set(PRODUCT.STOCK, stock + quantity).where(PRODUCT.ID.eq(id)).execute(); // expect: lost-update
    }

    /** SAFE twin: set(STOCK, STOCK.plus(q)) is computed by the database. */
    public void restockAtomically(long id, int quantity) {
        Integer stock = dsl.select(PRODUCT.STOCK).from(PRODUCT).where(PRODUCT.ID.eq(id)).fetchOne(PRODUCT.STOCK);
        if (stock != null) {
            dsl.update(PRODUCT).set(PRODUCT.STOCK, PRODUCT.STOCK.plus(quantity)).where(PRODUCT.ID.eq(id)).execute();
        }
    }

    /** RACY: an UpdatableRecord fetched with dsl.fetchOne(T, cond), changed and stored. */
    public void reserveRecord(long id, int quantity) {
        ProductRecord product = dsl.fetchOne(PRODUCT, PRODUCT.ID.eq(id));
        product.setStock(product.getStock() - quantity);
        product.store(); // expect: lost-update
    }

    /** RACY: record.set(FIELD, value) and update() write the changed field back the same way. */
    public void reserveRecordBySet(long id, int quantity) {
        ProductRecord product = dsl.selectFrom(PRODUCT).where(PRODUCT.ID.eq(id)).fetchSingle();
        product.set(PRODUCT.STOCK, product.get(PRODUCT.STOCK) - quantity);
        product.update(); // expect: lost-update
    }

    /** SAFE twin: SELECT ... FOR UPDATE inside dsl.transaction(..) holds the row until commit. */
    public void reserveLocked(long id, int quantity) {
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            ProductRecord product = tx.selectFrom(PRODUCT).where(PRODUCT.ID.eq(id)).forUpdate().fetchOne();
            product.setStock(product.getStock() - quantity);
            product.store();
        });
    }

    /** Transaction without a lock: default isolation lets two transactions read the same stock. */
    public int reserveInTransaction(long id, int quantity) {
        return dsl.transactionResult(configuration -> {
            ProductRecord product = configuration.dsl().selectFrom(PRODUCT).where(PRODUCT.ID.eq(id)).fetchOne();
            product.setStock(product.getStock() - quantity);
            return product.store(); // expect: lost-update-weak-isolation
        });
    }

    /** RACY: forUpdate() outside a transaction: the lock ends with the statement's own auto-commit. */
    public void reserveLockedWithoutTransaction(long id, int quantity) {
        ProductRecord product = dsl.selectFrom(PRODUCT).where(PRODUCT.ID.eq(id)).forUpdate().fetchOne();
        product.setStock(product.getStock() - quantity);
        product.store(); // expect: lost-update
    }

    /** SAFE: WALLET has a record version and optimistic locking is on (JooqConfiguration): store() is a compare-and-set. */
    public void pay(long walletId, long amount) {
        WalletRecord wallet = dsl.fetchOne(WALLET, WALLET.ID.eq(walletId));
        wallet.setBalance(wallet.getBalance() - amount);
        wallet.store();
    }

    /** RACY: the same wallet balance written back with update(..).set(..) bypasses the version check. */
    public void payBypassingVersion(long walletId, long amount) {
        Record1<Long> balance = dsl.select(WALLET.BALANCE).from(WALLET).where(WALLET.ID.eq(walletId)).fetchOne();
        dsl.update(WALLET).set(WALLET.BALANCE, balance.value1() - amount).where(WALLET.ID.eq(walletId)).execute(); // expect: lost-update
    }

    /** SAFE twin: a compare-and-set on the value read (where BALANCE = the old balance). */
    public boolean payCompareAndSet(long walletId, long amount) {
        Record1<Long> balance = dsl.select(WALLET.BALANCE).from(WALLET).where(WALLET.ID.eq(walletId)).fetchOne();
        long old = balance.value1();
        return dsl.update(WALLET).set(WALLET.BALANCE, old - amount).where(WALLET.ID.eq(walletId)).and(WALLET.BALANCE.eq(old)).execute() == 1;
    }
}
