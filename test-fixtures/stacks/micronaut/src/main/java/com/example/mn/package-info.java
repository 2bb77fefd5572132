/**
 * Micronaut Data fixtures (issue 14), compiled with plain javac against Micronaut 4 (no
 * annotation processor: nothing is generated or run). Shapes come from real code:
 * micronaut-projects/micronaut-guides (micronaut-data-jdbc-repository: {@code @JdbcRepository}
 * with {@code long update(@Id Long id, String name)}), AndreasJJ/A-or-B (backend TicketRepository:
 * {@code findByIdForUpdate}), micronaut-projects/micronaut-data doc-examples (CrudRepository with
 * {@code @Transactional} services, "no dirty checking" in JDBC: write back with {@code update(entity)}).
 */
package com.example.mn;
