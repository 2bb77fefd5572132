package com.example.quarkus.crm;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * missing-transaction with Quarkus: two transactional calls (other beans' @Transactional methods,
 * or two QuarkusTransaction.requiringNew() blocks) commit separately.
 */
@ApplicationScoped
public class RewardFacade {

    @Inject
    PointsService points;

    @Inject
    CustomerRepository customers;

    public void reward(Long customerId, int amount) {
        points.addPointsAtomically(customerId, amount);
        points.record(customerId, amount); // expect: missing-transaction
    }

    @Transactional
    public void rewardTogether(Long customerId, int amount) {
        points.addPointsAtomically(customerId, amount);
        points.record(customerId, amount);
    }

    public void rewardInBlocks(Long customerId, int amount) {
        QuarkusTransaction.requiringNew().run(() -> customers.update("points = points + ?1 where id = ?2", amount, customerId));
        QuarkusTransaction.requiringNew().run(() -> { // expect: missing-transaction
            LedgerEntry entry = new LedgerEntry();
            entry.customerId = customerId;
            entry.amount = amount;
            entry.persist();
        });
    }

    public void rewardInOneBlock(Long customerId, int amount) {
        QuarkusTransaction.joiningExisting().run(() -> {
            customers.update("points = points + ?1 where id = ?2", amount, customerId);
            LedgerEntry entry = new LedgerEntry();
            entry.customerId = customerId;
            entry.amount = amount;
            entry.persist();
        });
    }

    /**
     * Quarkus's begin / commit API (io.quarkus.narayana.jta.QuarkusTransaction): both writes commit
     * together, like code between UserTransaction.begin() and commit().
     */
    public void rewardBetweenBeginAndCommit(Long customerId, int amount) {
        QuarkusTransaction.begin();
        try {
            customers.update("points = points + ?1 where id = ?2", amount, customerId);
            LedgerEntry entry = new LedgerEntry();
            entry.customerId = customerId;
            entry.amount = amount;
            entry.persist();
            QuarkusTransaction.commit();
        } catch (RuntimeException e) {
            QuarkusTransaction.rollback();
            throw e;
        }
    }

    /** ArC intercepts a self-invocation: the @Transactional of applyBoth() applies (no bypass, one transaction). */
    public void rewardThroughSelf(Long customerId, int amount) {
        applyBoth(customerId, amount);
    }

    /** Package-private: ArC intercepts non-private methods too. */
    @Transactional
    void applyBoth(Long customerId, int amount) {
        customers.update("points = points + ?1 where id = ?2", amount, customerId);
        LedgerEntry entry = new LedgerEntry();
        entry.customerId = customerId;
        entry.amount = amount;
        entry.persist();
    }
}
