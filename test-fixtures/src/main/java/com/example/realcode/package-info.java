/**
 * Shapes met in real applications, each fixture written after a public application's code
 * (named in each class comment; no code copied), racy methods next to their safe twins:
 * <ul>
 *   <li>data layers: MyBatis Generator mappers found by {@code @MapperScan} ({@code mybatis}),
 *       MyBatis-Plus mappers, services and update wrappers ({@code mybatisplus}), Hibernate's
 *       native {@code Session} DAOs ({@code session}), read-through caches with a loader lambda
 *       ({@code cache});</li>
 *   <li>how code is written: Lombok accessors, chained/fluent setters, {@code @With} and
 *       {@code toBuilder()} copies ({@code lombok}); generic base services, inherited and
 *       {@code super} calls, varargs and overloads ({@code inheritance}); branches, child
 *       entities and components, DTO round trips, state transitions, cache fills ({@code flow});</li>
 *   <li>precision: methods judged in the contexts that really reach them ({@code contexts}),
 *       set-up however it is reached ({@code setup}), scheduled jobs safe on many nodes
 *       ({@code jobs}), keys the database enforces ({@code keys}).</li>
 * </ul>
 */
package com.example.realcode;
