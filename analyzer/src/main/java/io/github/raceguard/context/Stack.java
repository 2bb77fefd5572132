package io.github.raceguard.context;

/**
 * The container a piece of code runs in, as far as the fix advice of a finding is concerned:
 * the same race is fixed with other annotations and calls in each (Spring's {@code @Lock} and
 * {@code TransactionTemplate}, Panache's {@code findById(id, LockModeType..)} and
 * {@code QuarkusTransaction}, Micronaut Data's {@code ForUpdate} finders, an EJB's container
 * transaction). Decided by {@link Transactions#stackAt}.
 */
public enum Stack {
    SPRING, QUARKUS, MICRONAUT, JAKARTA_EE
}
