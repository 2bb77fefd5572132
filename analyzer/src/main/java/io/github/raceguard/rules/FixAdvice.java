package io.github.raceguard.rules;

import io.github.raceguard.context.Stack;

/**
 * The "Fix:" sentence of the lost-update and missing-transaction findings, in the words of the
 * stack the code runs on: a Quarkus developer is told about {@code LockModeType} and
 * {@code QuarkusTransaction}, not about Spring's {@code @Lock} and {@code TransactionTemplate}.
 * {@code {entity}} is replaced by the entity's name.
 */
final class FixAdvice {
    private FixAdvice() {
    }

    /** A read-modify-write with no transaction at all. */
    static String lostUpdate(Stack stack) {
        return switch (stack) {
            case QUARKUS -> "Fix: add a @Version attribute to {entity} and retry on OptimisticLockException, "
                    + "or read it with findById(id, LockModeType.PESSIMISTIC_WRITE) inside a @Transactional method, "
                    + "or let the database compute the change with an atomic update(\"x = x + ?1 where id = ?2\", ..).";
            case MICRONAUT -> "Fix: add a @Version attribute to {entity} and retry on OptimisticLockException, "
                    + "or read it with a findByIdForUpdate finder inside a @Transactional method, "
                    + "or let the database compute the change with an atomic @Query(\"UPDATE ... SET x = x + :delta\").";
            case JAKARTA_EE -> "Fix: add a @Version attribute to {entity} and retry on OptimisticLockException, "
                    + "or read it with em.find({entity}.class, id, LockModeType.PESSIMISTIC_WRITE) inside the container transaction, "
                    + "or let the database compute the change with an atomic UPDATE ... SET x = x + :delta.";
            case SPRING -> "Fix: add a @Version attribute to {entity} and retry on OptimisticLockingFailureException, "
                    + "or read it with @Lock(PESSIMISTIC_WRITE) inside a @Transactional method, "
                    + "or let the database compute the change with an atomic UPDATE ... SET x = x + :delta.";
        };
    }

    /** A read-modify-write inside a transaction at default or weaker isolation. */
    static String lostUpdateWeakIsolation(Stack stack) {
        return switch (stack) {
            case QUARKUS -> "Fix: read {entity} with findById(id, LockModeType.PESSIMISTIC_WRITE) (or find(..).withLock(..)), "
                    + "or add a @Version attribute and retry on OptimisticLockException, "
                    + "or use an atomic update(\"x = x + ?1 where id = ?2\", ..).";
            case MICRONAUT -> "Fix: read {entity} with a findByIdForUpdate finder, or add a @Version attribute and retry on "
                    + "OptimisticLockException, or use an atomic @Query(\"UPDATE ... SET x = x + :delta\"), "
                    + "or run at isolation SERIALIZABLE with a retry.";
            case JAKARTA_EE -> "Fix: read {entity} with em.find({entity}.class, id, LockModeType.PESSIMISTIC_WRITE), "
                    + "or add a @Version attribute and retry on OptimisticLockException, "
                    + "or use an atomic UPDATE ... SET x = x + :delta.";
            case SPRING -> "Fix: read {entity} with @Lock(PESSIMISTIC_WRITE), or add a @Version attribute and retry on "
                    + "OptimisticLockingFailureException, or use an atomic UPDATE ... SET x = x + :delta, "
                    + "or run at Isolation.SERIALIZABLE with a retry.";
        };
    }

    /** Writes of one public method that commit separately. */
    static String missingTransaction(Stack stack, String method) {
        return switch (stack) {
            case QUARKUS -> "Fix: annotate " + method + "() with @Transactional, or run the writes in one "
                    + "QuarkusTransaction.requiringNew().run(..) / joiningExisting().run(..) block.";
            case MICRONAUT -> "Fix: annotate " + method + "() with @Transactional (Micronaut's or jakarta.transaction's).";
            case JAKARTA_EE -> "Fix: let " + method + "() run in one container transaction (remove the NOT_SUPPORTED / "
                    + "REQUIRES_NEW attributes that split it), or begin and commit one UserTransaction around the writes.";
            case SPRING -> "Fix: annotate " + method + "() with @Transactional (it is public and called through the bean), "
                    + "or run the writes in TransactionTemplate.execute.";
        };
    }
}
