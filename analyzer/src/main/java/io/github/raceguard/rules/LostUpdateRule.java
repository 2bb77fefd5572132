package io.github.raceguard.rules;

import io.github.raceguard.flow.ReadModifyWrite;
import io.github.raceguard.report.Level;

import java.util.List;

/** {@code lost-update}: read → modify → write with no protection at all (SPEC §1). */
public final class LostUpdateRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "lost-update",
            "LostUpdate",
            Level.ERROR,
            "An entity read through the data layer is changed in Java and written back with no version, lock, transaction or atomic update.",
            "A value is read (findById, a finder, EntityManager.find ...), changed in application code and written back "
                    + "(save, merge, dirty checking, an UPDATE with a computed value) with nothing that stops a concurrent "
                    + "request from doing the same in between: no effective transaction, no @Version on the entity, no "
                    + "pessimistic lock, no atomic update. Under concurrent load the last write wins and the other update "
                    + "is silently lost: stock goes negative, balances drift. A synchronized block does not help once the "
                    + "service runs on more than one instance.",
            """
            Make the database detect or prevent the concurrent change.

            **Before** (two withdrawals can both read balance 100 and both write 100 - amount):
            ```java
            public void withdraw(long id, long amount) {
                Account account = accounts.findById(id).orElseThrow();
                account.setBalance(account.getBalance() - amount);
                accounts.save(account);
            }
            ```

            **After**, optimistic locking: the second write fails instead of overwriting; retry it.
            ```java
            @Entity
            class Account {
                @Version
                private long version;
                // ...
            }
            ```

            **Or** a pessimistic lock held until commit:
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

            **Or** an atomic update computed by the database:
            ```java
            @Modifying
            @Query("update Account a set a.balance = a.balance - :amount where a.id = :id and a.balance >= :amount")
            int withdraw(long id, long amount);
            ```
            """,
            List.of("concurrency", "correctness", "data-integrity"),
            "high");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(MethodContext method) {
        LostUpdateReport.reportFirst(method, DESCRIPTOR,
                rmw -> rmw.protection() == ReadModifyWrite.Protection.NONE && !rmw.context().active(),
                rmw -> "Lost update",
                rmw -> "with no version, lock or effective transaction (" + rmw.context().description() + ").",
                FixAdvice::lostUpdate);
    }
}
