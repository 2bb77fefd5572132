package com.example.quarkus.crm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** Read-modify-writes and check-then-insert through a PanacheRepository bean. */
@ApplicationScoped
public class PointsService {

    @Inject
    CustomerRepository customers;

    @Transactional
    public void addPoints(Long id, int points) {
        Customer customer = customers.findById(id);
        customer.points = customer.points + points; // expect: lost-update-weak-isolation
    }

    @Transactional
    public void addPointsLocked(Long id, int points) {
        Customer customer = customers.findById(id, LockModeType.PESSIMISTIC_WRITE);
        customer.points = customer.points + points;
    }

    @Transactional
    public void addPointsAtomically(Long id, int points) {
        customers.update("points = points + ?1 where id = ?2", points, id);
    }

    @Transactional
    public void redeem(String email, int cost) {
        customers.findByEmail(email).ifPresent(c -> c.points -= cost); // expect: lost-update-weak-isolation
    }

    @Transactional
    public void promote(String email) {
        // a blind overwrite: the tier is not computed from what was read (no lost update), but dirty checking writes
        // the whole row back, points included, reverting the atomic points updates committed meanwhile
        customers.findByEmail(email).ifPresent(c -> c.tier = "GOLD"); // expect: stale-overwrite
    }

    @Transactional
    public Customer register(String email) {
        if (customers.find("email", email).firstResultOptional().isPresent()) {
            throw new IllegalStateException("already registered: " + email);
        }
        Customer customer = new Customer();
        customer.email = email;
        customers.persist(customer); // expect: check-then-insert
        return customer;
    }

    @Transactional
    public void record(Long customerId, int amount) {
        LedgerEntry entry = new LedgerEntry();
        entry.customerId = customerId;
        entry.amount = amount;
        entry.persist();
    }
}
