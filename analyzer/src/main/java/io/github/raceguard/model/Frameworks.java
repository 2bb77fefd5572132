package io.github.raceguard.model;

import java.util.Set;

/**
 * The framework types RaceGuard knows, in one place: a new data layer or annotation starts here.
 */
public final class Frameworks {
    private Frameworks() {
    }

    public static final Set<String> JPA_ENTITY = Set.of("jakarta.persistence.Entity", "javax.persistence.Entity");
    public static final Set<String> MAPPED_SUPERCLASS = Set.of("jakarta.persistence.MappedSuperclass", "javax.persistence.MappedSuperclass");
    public static final Set<String> DOCUMENT = Set.of("org.springframework.data.mongodb.core.mapping.Document");
    public static final Set<String> DATA_TABLE = Set.of("org.springframework.data.relational.core.mapping.Table",
            "jakarta.persistence.Table", "javax.persistence.Table");
    public static final Set<String> VERSION = Set.of("jakarta.persistence.Version", "javax.persistence.Version",
            "org.springframework.data.annotation.Version");

    /** Spring Data base interfaces; the first type argument is the entity. */
    public static final Set<String> SPRING_DATA_REPOSITORIES = Set.of(
            "org.springframework.data.repository.Repository",
            "org.springframework.data.repository.CrudRepository",
            "org.springframework.data.repository.ListCrudRepository",
            "org.springframework.data.repository.PagingAndSortingRepository",
            "org.springframework.data.repository.ListPagingAndSortingRepository",
            "org.springframework.data.jpa.repository.JpaRepository",
            "org.springframework.data.mongodb.repository.MongoRepository",
            "org.springframework.data.jdbc.repository.JdbcRepository",
            "org.springframework.data.repository.reactive.ReactiveCrudRepository",
            "org.springframework.data.r2dbc.repository.R2dbcRepository");
    public static final Set<String> REPOSITORY_DEFINITION = Set.of("org.springframework.data.repository.RepositoryDefinition");

    public static final Set<String> LOCK = Set.of("org.springframework.data.jpa.repository.Lock");
    public static final Set<String> QUERY = Set.of("org.springframework.data.jpa.repository.Query",
            "org.springframework.data.jdbc.repository.query.Query",
            "org.springframework.data.mongodb.repository.Query");
    public static final Set<String> MODIFYING = Set.of("org.springframework.data.jpa.repository.Modifying",
            "org.springframework.data.jdbc.repository.query.Modifying");

    public static final Set<String> SPRING_TRANSACTIONAL = Set.of("org.springframework.transaction.annotation.Transactional");
    public static final Set<String> JTA_TRANSACTIONAL = Set.of("jakarta.transaction.Transactional", "javax.transaction.Transactional");
    public static final Set<String> TRANSACTION_TEMPLATE = Set.of("org.springframework.transaction.support.TransactionTemplate");
}
