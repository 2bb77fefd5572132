package com.example.ledger.service;

import com.example.ledger.domain.CostCenter;
import com.example.ledger.domain.LedgerAccount;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes detached entities back. Each method only merges what it is handed; whether that is a
 * lost update depends on where the caller read the entity.
 */
@Component
public class LedgerWriter {

    @PersistenceContext
    private EntityManager entityManager;

    @Transactional
    public LedgerAccount storeAccount(LedgerAccount account) {
        return entityManager.merge(account);
    }

    @Transactional
    public CostCenter storeCostCenter(CostCenter costCenter) {
        return entityManager.merge(costCenter);
    }
}
