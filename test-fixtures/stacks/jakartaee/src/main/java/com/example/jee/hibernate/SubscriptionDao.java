package com.example.jee.hibernate;

import com.example.jee.Customer;
import com.example.jee.Subscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/** Check-then-insert through a Hibernate 6 / 7 selection query (openmrs-core DAO shape: look up by a natural key, then save). */
@ApplicationScoped
public class SubscriptionDao {

    @Inject
    SessionFactory sessionFactory;

    @Transactional
    public void subscribe(String email) {
        Session session = sessionFactory.getCurrentSession();
        boolean known = session.createSelectionQuery("from Subscription where email = :email", Subscription.class)
                .setParameter("email", email)
                .uniqueResultOptional()
                .isPresent();
        if (!known) {
            session.persist(new Subscription(email)); // expect: check-then-insert
        }
    }

    /** Safe twin: Customer.email is unique. */
    @Transactional
    public void register(String email) {
        Session session = sessionFactory.getCurrentSession();
        boolean known = session.createSelectionQuery("from Customer where email = :email", Customer.class)
                .setParameter("email", email)
                .uniqueResultOptional()
                .isPresent();
        if (!known) {
            session.persist(new Customer(email));
        }
    }
}
