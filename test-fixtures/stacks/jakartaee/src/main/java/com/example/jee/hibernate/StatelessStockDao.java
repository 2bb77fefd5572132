package com.example.jee.hibernate;

import com.example.jee.Product;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.LockMode;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;

/**
 * Hibernate's StatelessSession: no persistence context, no dirty checking; only
 * {@code update / upsert / insert} write. Transactions are begun by hand.
 */
@ApplicationScoped
public class StatelessStockDao {

    @Inject
    SessionFactory sessionFactory;

    /** In a hand-managed transaction at the default isolation. */
    public void take(Long id, int quantity) {
        try (StatelessSession session = sessionFactory.openStatelessSession()) {
            Transaction tx = session.beginTransaction();
            Product product = session.get(Product.class, id);
            product.setStock(product.getStock() - quantity);
            session.update(product); // expect: lost-update-weak-isolation
            tx.commit();
        }
    }

    /** Safe twin: read with a pessimistic lock inside the transaction. */
    public void takeLocked(Long id, int quantity) {
        try (StatelessSession session = sessionFactory.openStatelessSession()) {
            Transaction tx = session.beginTransaction();
            Product product = session.get(Product.class, id, LockMode.PESSIMISTIC_WRITE);
            product.setStock(product.getStock() - quantity);
            session.upsert(product);
            tx.commit();
        }
    }

    /** No transaction at all: each statement commits on its own. */
    public void takeWithoutTransaction(Long id, int quantity) {
        try (StatelessSession session = sessionFactory.openStatelessSession()) {
            Product product = session.get(Product.class, id);
            product.setStock(product.getStock() - quantity);
            session.upsert(product); // expect: lost-update
        }
    }

    /** Writes nothing: a stateless session never flushes a changed entity (no dirty checking). */
    public int preview(Long id, int quantity) {
        try (StatelessSession session = sessionFactory.openStatelessSession()) {
            Transaction tx = session.beginTransaction();
            Product product = session.get(Product.class, id);
            product.setStock(product.getStock() - quantity);
            tx.commit();
            return product.getStock();
        }
    }
}
