package io.github.raceguard.rules;

import io.github.raceguard.flow.ReadModifyWrite;
import io.github.raceguard.report.Level;

import java.util.List;

/**
 * {@code lost-update-weak-isolation}: the read-modify-write runs in an effective transaction, but
 * at an isolation level that does not stop a concurrent transaction from overwriting it (SPEC §1).
 */
public final class LostUpdateWeakIsolationRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "lost-update-weak-isolation",
            "LostUpdateWeakIsolation",
            Level.WARNING,
            "A read-modify-write inside a transaction at default or READ_COMMITTED isolation, with no version and no lock.",
            "A @Transactional method (or TransactionTemplate callback) reads an entity, changes it and writes it back. "
                    + "At the default isolation (READ_COMMITTED on PostgreSQL, Oracle, SQL Server; REPEATABLE_READ on "
                    + "MySQL/InnoDB, which does not stop it either) two such transactions can both read the old value and "
                    + "both commit: the transaction makes the change all-or-nothing, it does not make it exclusive. "
                    + "Only a version check, a row lock, an atomic update or SERIALIZABLE isolation does.",
            """
            Keep the transaction, and make the row exclusive or the write conditional.

            **Before** (two transfers both read balance 100; both commit):
            ```java
            @Transactional
            public void withdraw(long id, long amount) {
                Account account = accounts.findById(id).orElseThrow();
                account.setBalance(account.getBalance() - amount);
            }
            ```

            **After**, a row lock held until commit:
            ```java
            @Lock(LockModeType.PESSIMISTIC_WRITE)
            @Query("select a from Account a where a.id = :id")
            Optional<Account> findForUpdate(long id);

            @Transactional
            public void withdraw(long id, long amount) {
                Account account = accounts.findForUpdate(id).orElseThrow();
                account.setBalance(account.getBalance() - amount);
            }
            ```

            **Or** `@Version` on the entity (the second commit fails with an optimistic-lock
            exception; retry it), **or** an atomic
            `update Account a set a.balance = a.balance - :amount where a.id = :id and a.balance >= :amount`,
            **or** `@Transactional(isolation = Isolation.SERIALIZABLE)` with a retry on serialization failure.
            """,
            List.of("concurrency", "correctness", "data-integrity", "transactions"),
            "high");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(MethodContext method) {
        LostUpdateReport.reportFirst(method, DESCRIPTOR,
                rmw -> rmw.protection() == ReadModifyWrite.Protection.NONE && rmw.context().active(),
                rmw -> "Lost update under weak isolation",
                rmw -> "inside a transaction (" + rmw.context().description() + ") at " + rmw.context().isolationDescription()
                                + ", with no version and no lock: the transaction does not stop a concurrent one from overwriting it.",
                FixAdvice::lostUpdateWeakIsolation);
    }
}
