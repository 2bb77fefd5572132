package com.example.jee.hibernate;

import com.example.jee.Product;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.LockMode;
import org.hibernate.LockOptions;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * Hibernate's native Session in a CDI bean with JTA transactions (openmrs-core api/db/hibernate
 * DAOs: {@code sessionFactory.getCurrentSession().get(..)}, change, flush by dirty checking).
 */
@ApplicationScoped
public class StockDao {

    @Inject
    SessionFactory sessionFactory;

    @Transactional
    public void take(Long id, int quantity) {
        Session session = sessionFactory.getCurrentSession();
        Product product = session.get(Product.class, id);
        product.setStock(product.getStock() - quantity); // expect: lost-update-weak-isolation
    }

    /** Safe twin: get with a pessimistic lock mode. */
    @Transactional
    public void takeLocked(Long id, int quantity) {
        Session session = sessionFactory.getCurrentSession();
        Product product = session.get(Product.class, id, LockMode.PESSIMISTIC_WRITE);
        product.setStock(product.getStock() - quantity);
    }

    /** Safe twin: the entity is locked after the read, before the change. */
    @Transactional
    public void takeAfterLock(Long id, int quantity) {
        Session session = sessionFactory.getCurrentSession();
        Product product = session.get(Product.class, id);
        session.lock(product, LockMode.PESSIMISTIC_WRITE);
        product.setStock(product.getStock() - quantity);
    }

    /** Safe twin: refreshed under a lock (LockOptions). */
    @Transactional
    public void takeAfterRefresh(Long id, int quantity) {
        Session session = sessionFactory.getCurrentSession();
        Product product = session.get(Product.class, id);
        session.refresh(product, new LockOptions(LockMode.PESSIMISTIC_WRITE));
        product.setStock(product.getStock() - quantity);
    }

    /** Hibernate 6 / 7 selection query: the entity read is changed and flushed. */
    @Transactional
    public void takeBySku(String sku, int quantity) {
        Product product = sessionFactory.getCurrentSession()
                .createSelectionQuery("from Product where sku = :sku", Product.class)
                .setParameter("sku", sku)
                .getSingleResult();
        product.setStock(product.getStock() - quantity); // expect: lost-update-weak-isolation
    }

    /** getSingleResultOrNull reads the same way. */
    @Transactional
    public void takeIfListed(String sku, int quantity) {
        Product product = sessionFactory.getCurrentSession()
                .createSelectionQuery("from Product where sku = :sku", Product.class)
                .setParameter("sku", sku)
                .getSingleResultOrNull();
        if (product != null) {
            product.setStock(product.getStock() - quantity); // expect: lost-update-weak-isolation
        }
    }

    /** Safe twin: a mutation query computes the stock in the database. */
    @Transactional
    public int takeAtomically(Long id, int quantity) {
        return sessionFactory.getCurrentSession()
                .createMutationQuery("update Product set stock = stock - :q where id = :id and stock >= :q")
                .setParameter("q", quantity)
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Safe twin: a native mutation query, atomic as well. */
    @Transactional
    public int takeNatively(Long id, int quantity) {
        return sessionFactory.getCurrentSession()
                .createNativeMutationQuery("update product set stock = stock - :q where id = :id")
                .setParameter("q", quantity)
                .setParameter("id", id)
                .executeUpdate();
    }
}
