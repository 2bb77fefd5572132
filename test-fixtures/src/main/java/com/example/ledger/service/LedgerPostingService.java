package com.example.ledger.service;

import com.example.common.NotFoundException;
import com.example.ledger.domain.CostCenter;
import com.example.ledger.domain.LedgerAccount;
import com.example.ledger.domain.LedgerAccountStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Postings through the {@link EntityManager}. {@link LedgerAccount} has no version;
 * {@link CostCenter} has one.
 */
@Service
public class LedgerPostingService {

    static final String BY_CODE = "select a from LedgerAccount a where a.code = :code";
    private static final String BY_STATUS = "select a from LedgerAccount a where a.status = :status";
    private static final String ADD_TO_BALANCE =
            "update LedgerAccount a set a.balance = a.balance + :amount where a.id = :id";

    @PersistenceContext
    private EntityManager entityManager;

    private final LedgerWriter ledgerWriter;

    public LedgerPostingService(LedgerWriter ledgerWriter) {
        this.ledgerWriter = ledgerWriter;
    }

    // read outside any transaction, written back through another bean's transactional merge
    public LedgerAccount postCredit(Long accountId, BigDecimal amount) {
        LedgerAccount account = entityManager.find(LedgerAccount.class, accountId);
        if (account == null) {
            throw new NotFoundException("ledger account", accountId);
        }
        account.credit(amount);
        return ledgerWriter.storeAccount(account); // expect: lost-update
    }

    // dirty checking: the managed entity is flushed at commit
    @Transactional
    public void postDebit(Long accountId, BigDecimal amount) {
        LedgerAccount account = entityManager.find(LedgerAccount.class, accountId);
        account.debit(amount); // expect: lost-update-weak-isolation
    }

    @Transactional
    public void rename(Long accountId, String name) {
        LedgerAccount account = entityManager.getReference(LedgerAccount.class, accountId);
        account.setName(name); // blind: no lost update; but a full write over an atomic update // expect: stale-overwrite
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public LedgerAccount chargeFee(String code, BigDecimal fee) {
        LedgerAccount account = entityManager.createQuery(BY_CODE, LedgerAccount.class)
                .setParameter("code", code)
                .getSingleResult();
        account.debit(fee);
        return entityManager.merge(account); // expect: lost-update-weak-isolation
    }

    @Transactional
    public void freezeDormant() {
        List<LedgerAccount> dormant = entityManager.createQuery(BY_STATUS, LedgerAccount.class)
                .setParameter("status", LedgerAccountStatus.DORMANT)
                .getResultList();
        for (LedgerAccount account : dormant) {
            account.setStatus(LedgerAccountStatus.FROZEN); // blind: no lost update; but a full write over an atomic update // expect: stale-overwrite
        }
    }

    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public void creditByCode(String code, BigDecimal amount) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<LedgerAccount> query = cb.createQuery(LedgerAccount.class);
        Root<LedgerAccount> root = query.from(LedgerAccount.class);
        query.select(root).where(cb.equal(root.get("code"), code));
        LedgerAccount account = entityManager.createQuery(query).getSingleResult();
        account.credit(amount); // expect: lost-update-weak-isolation
    }

    // LockModeType.NONE takes no lock at all
    @Transactional
    public void reverse(Long accountId, BigDecimal amount) {
        LedgerAccount account = entityManager.find(LedgerAccount.class, accountId, LockModeType.NONE);
        account.credit(amount); // expect: lost-update-weak-isolation
    }

    // read and write live in private helpers; the finding belongs to this method
    @Transactional
    public void transferToSuspense(Long accountId, BigDecimal amount) {
        LedgerAccount account = load(accountId);
        account.debit(amount);
        persist(account); // expect: lost-update-weak-isolation
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: PESSIMISTIC_WRITE find inside the transaction
    @Transactional
    public void withdraw(Long accountId, BigDecimal amount) {
        LedgerAccount account = entityManager.find(LedgerAccount.class, accountId,
                LockModeType.PESSIMISTIC_WRITE);
        account.debit(amount);
    }

    // safe: PESSIMISTIC_READ find inside the transaction (concurrent writers deadlock, one aborts)
    @Transactional
    public void accrue(Long accountId, BigDecimal amount) {
        LedgerAccount account = entityManager.find(LedgerAccount.class, accountId,
                LockModeType.PESSIMISTIC_READ);
        account.credit(amount);
    }

    // safe: the JPQL query takes a PESSIMISTIC_WRITE lock inside the transaction
    @Transactional
    public LedgerAccount settle(String code, BigDecimal amount) {
        LedgerAccount account = entityManager.createQuery(BY_CODE, LedgerAccount.class)
                .setParameter("code", code)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
        account.debit(amount);
        return entityManager.merge(account);
    }

    // safe: em.lock(PESSIMISTIC_WRITE) loads the proxy under a row lock inside the transaction
    @Transactional
    public void writeDown(Long accountId, BigDecimal amount) {
        LedgerAccount account = entityManager.getReference(LedgerAccount.class, accountId);
        entityManager.lock(account, LockModeType.PESSIMISTIC_WRITE);
        account.debit(amount);
    }

    // safe: SERIALIZABLE isolation
    @Transactional(isolation = Isolation.SERIALIZABLE)
    public void correct(Long accountId, BigDecimal amount) {
        LedgerAccount account = entityManager.find(LedgerAccount.class, accountId);
        account.credit(amount);
    }

    // safe: atomic JPQL bulk update, nothing read in application code
    @Transactional
    public int creditAtomically(Long accountId, BigDecimal amount) {
        return entityManager.createQuery(ADD_TO_BALANCE)
                .setParameter("amount", amount)
                .setParameter("id", accountId)
                .executeUpdate();
    }

    // safe: @Version on CostCenter (inherited), dirty checking
    @Transactional
    public void bookExpense(Long costCenterId, BigDecimal amount) {
        CostCenter costCenter = entityManager.find(CostCenter.class, costCenterId);
        costCenter.book(amount);
    }

    // safe: @Version on CostCenter, merged through the writer bean
    public CostCenter raiseBudget(Long costCenterId, BigDecimal amount) {
        CostCenter costCenter = entityManager.find(CostCenter.class, costCenterId);
        costCenter.raiseBudget(amount);
        return ledgerWriter.storeCostCenter(costCenter);
    }

    // safe: a new entity
    @Transactional
    public LedgerAccount open(String code, String name) {
        LedgerAccount account = new LedgerAccount(code, name);
        entityManager.persist(account);
        return account;
    }

    // safe: read-only
    public List<LedgerAccount> byStatus(LedgerAccountStatus status) {
        return entityManager.createQuery(BY_STATUS, LedgerAccount.class)
                .setParameter("status", status)
                .getResultList();
    }

    private LedgerAccount load(Long accountId) {
        LedgerAccount account = entityManager.find(LedgerAccount.class, accountId);
        if (account == null) {
            throw new NotFoundException("ledger account", accountId);
        }
        return account;
    }

    private void persist(LedgerAccount account) {
        entityManager.merge(account);
    }
}
