package com.example.jee.ejb;

import com.example.jee.Customer;
import com.example.jee.Subscription;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Check-then-insert through JPQL in a session bean. */
@Stateless
public class RegistrationBean {

    @PersistenceContext
    private EntityManager em;

    /** Nothing keeps subscriptions unique: two requests both see none and both insert. */
    public void subscribe(String email) {
        List<Subscription> existing = em.createQuery("select s from Subscription s where s.email = :email", Subscription.class)
                .setParameter("email", email).getResultList();
        if (existing.isEmpty()) {
            em.persist(new Subscription(email)); // expect: check-then-insert
        }
    }

    /** Safe twin: Customer.email is @Column(unique = true). */
    public void register(String email) {
        List<Customer> existing = em.createQuery("select c from Customer c where c.email = :email", Customer.class)
                .setParameter("email", email).getResultList();
        if (existing.isEmpty()) {
            em.persist(new Customer(email));
        }
    }
}
