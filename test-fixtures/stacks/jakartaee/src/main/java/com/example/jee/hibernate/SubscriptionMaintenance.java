package com.example.jee.hibernate;

import com.example.jee.Subscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

/**
 * missing-transaction with Hibernate sessions (openmrs-core shape: a service method calling
 * several DAO writes on the current session): without a transaction around them each write
 * commits on its own.
 */
@ApplicationScoped
public class SubscriptionMaintenance {

    @Inject
    SessionFactory sessionFactory;

    public void replace(Subscription old, String newEmail) {
        Session session = sessionFactory.getCurrentSession();
        session.remove(old);
        session.persist(new Subscription(newEmail)); // expect: missing-transaction
    }

    /** Safe twin: one JTA transaction around both writes. */
    @Transactional
    public void replaceTogether(Subscription old, String newEmail) {
        Session session = sessionFactory.getCurrentSession();
        session.remove(old);
        session.persist(new Subscription(newEmail));
    }

    /** Safe twin: one hand-managed Hibernate transaction around both writes. */
    public void replaceInSessionTransaction(Subscription old, String newEmail) {
        try (Session session = sessionFactory.openSession()) {
            Transaction tx = session.beginTransaction();
            session.remove(old);
            session.persist(new Subscription(newEmail));
            tx.commit();
        }
    }
}
