/**
 * Reactive Spring Data (R2DBC and reactive MongoDB): read-modify-write inside the lambdas of a
 * Mono / Flux chain. Shapes from spring-projects/spring-data-examples: r2dbc/example
 * (CustomerRepository extends ReactiveCrudRepository, TransactionalService: a @Transactional method
 * returning Mono) and mongodb/transactions (ReactiveTransitionService / ReactiveManagedTransitionService:
 * {@code lookup(id).flatMap(process -> ..)} chains, with and without @Transactional).
 */
package com.example.realcode.reactive;
