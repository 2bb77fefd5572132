package io.github.raceguard.types;

import java.util.Set;

/**
 * The framework types RaceGuard knows, in one place: a new data layer or annotation starts here.
 */
public final class Frameworks {
    private Frameworks() {
    }

    /** Package prefixes whose import marks a jOOQ / JDBI file (see {@link Imports#anyUnder}). */
    public static final Set<String> JOOQ_PACKAGES = Set.of("org.jooq");
    public static final Set<String> JDBI_PACKAGES = Set.of("org.jdbi", "org.skife.jdbi");

    public static final Set<String> JPA_ENTITY = Set.of("jakarta.persistence.Entity", "javax.persistence.Entity");
    public static final Set<String> MAPPED_SUPERCLASS = Set.of("jakarta.persistence.MappedSuperclass", "javax.persistence.MappedSuperclass");
    public static final Set<String> DOCUMENT = Set.of("org.springframework.data.mongodb.core.mapping.Document");
    public static final Set<String> DATA_TABLE = Set.of("org.springframework.data.relational.core.mapping.Table",
            "jakarta.persistence.Table", "javax.persistence.Table");
    /** Association annotations whose {@code mappedBy} marks the inverse (non-owning) side. */
    public static final Set<String> ONE_TO_MANY = Set.of("jakarta.persistence.OneToMany", "javax.persistence.OneToMany");
    public static final Set<String> MANY_TO_MANY = Set.of("jakarta.persistence.ManyToMany", "javax.persistence.ManyToMany");
    public static final Set<String> VERSION = Set.of("jakarta.persistence.Version", "javax.persistence.Version",
            "org.springframework.data.annotation.Version", "com.baomidou.mybatisplus.annotation.Version",
            "io.micronaut.data.annotation.Version");

    // --- MyBatis and MyBatis-Plus ---
    public static final Set<String> MYBATIS_MAPPER = Set.of("org.apache.ibatis.annotations.Mapper");
    public static final Set<String> MYBATIS_MAPPER_SCAN = Set.of("org.mybatis.spring.annotation.MapperScan");
    /** MyBatis-Plus base mappers (and mybatis-plus-join's, which extends it); the first type argument is the entity. */
    public static final Set<String> MYBATIS_PLUS_MAPPERS = Set.of("com.baomidou.mybatisplus.core.mapper.BaseMapper",
            "com.github.yulichang.base.MPJBaseMapper");
    /** MyBatis-Plus service interface; the first type argument is the entity. */
    public static final Set<String> MYBATIS_PLUS_SERVICE = Set.of("com.baomidou.mybatisplus.extension.service.IService");
    /** MyBatis-Plus service base class {@code ServiceImpl<M, T>}; the second type argument is the entity. */
    public static final Set<String> MYBATIS_PLUS_SERVICE_IMPL = Set.of("com.baomidou.mybatisplus.extension.service.impl.ServiceImpl");

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
            "org.springframework.data.r2dbc.repository.R2dbcRepository",
            "org.springframework.data.repository.reactive.ReactiveSortingRepository",
            "org.springframework.data.mongodb.repository.ReactiveMongoRepository");
    public static final Set<String> REPOSITORY_DEFINITION = Set.of("org.springframework.data.repository.RepositoryDefinition");

    public static final Set<String> LOCK = Set.of("org.springframework.data.jpa.repository.Lock");
    public static final Set<String> QUERY = Set.of("org.springframework.data.jpa.repository.Query",
            "org.springframework.data.jdbc.repository.query.Query",
            "org.springframework.data.mongodb.repository.Query",
            "org.springframework.data.r2dbc.repository.Query",
            "io.micronaut.data.annotation.Query");
    public static final Set<String> MODIFYING = Set.of("org.springframework.data.jpa.repository.Modifying",
            "org.springframework.data.jdbc.repository.query.Modifying",
            "org.springframework.data.r2dbc.repository.Modifying");

    public static final Set<String> SPRING_TRANSACTIONAL = Set.of("org.springframework.transaction.annotation.Transactional");
    public static final Set<String> JTA_TRANSACTIONAL = Set.of("jakarta.transaction.Transactional", "javax.transaction.Transactional");
    public static final Set<String> TRANSACTION_TEMPLATE = Set.of("org.springframework.transaction.support.TransactionTemplate");

    // --- uniqueness and mapping (check-then-insert) ---
    public static final Set<String> ID = Set.of("jakarta.persistence.Id", "javax.persistence.Id", "jakarta.persistence.EmbeddedId",
            "javax.persistence.EmbeddedId", "org.springframework.data.annotation.Id", "org.springframework.data.mongodb.core.mapping.MongoId",
            "io.micronaut.data.annotation.Id", "io.micronaut.data.annotation.EmbeddedId");
    public static final Set<String> NATURAL_ID = Set.of("org.hibernate.annotations.NaturalId");
    public static final Set<String> JPA_COLUMN = Set.of("jakarta.persistence.Column", "javax.persistence.Column");
    public static final Set<String> JPA_JOIN_COLUMN = Set.of("jakarta.persistence.JoinColumn", "javax.persistence.JoinColumn");
    public static final Set<String> JPA_TABLE = Set.of("jakarta.persistence.Table", "javax.persistence.Table");
    public static final Set<String> JPA_INHERITANCE = Set.of("jakarta.persistence.Inheritance", "javax.persistence.Inheritance");
    public static final Set<String> TO_ONE = Set.of("jakarta.persistence.ManyToOne", "javax.persistence.ManyToOne",
            "jakarta.persistence.OneToOne", "javax.persistence.OneToOne");
    public static final Set<String> TRANSIENT = Set.of("jakarta.persistence.Transient", "javax.persistence.Transient",
            "org.springframework.data.annotation.Transient");
    public static final Set<String> RELATIONAL_TABLE = Set.of("org.springframework.data.relational.core.mapping.Table");
    public static final Set<String> RELATIONAL_COLUMN = Set.of("org.springframework.data.relational.core.mapping.Column");
    public static final Set<String> MONGO_FIELD = Set.of("org.springframework.data.mongodb.core.mapping.Field");
    public static final Set<String> MONGO_INDEXED = Set.of("org.springframework.data.mongodb.core.index.Indexed");
    public static final Set<String> MONGO_COMPOUND_INDEX = Set.of("org.springframework.data.mongodb.core.index.CompoundIndex");
    public static final Set<String> MONGO_COMPOUND_INDEXES = Set.of("org.springframework.data.mongodb.core.index.CompoundIndexes");
    /**
     * Quarkus Panache's entity base classes (Hibernate ORM and Reactive): {@code PanacheEntity}
     * maps a generated {@code @Id Long id} and nothing else, {@code PanacheEntityBase} maps nothing.
     */
    public static final Set<String> PANACHE_ENTITY_BASES = Set.of(
            "io.quarkus.hibernate.orm.panache.PanacheEntityBase", "io.quarkus.hibernate.orm.panache.PanacheEntity",
            "io.quarkus.hibernate.reactive.panache.PanacheEntityBase", "io.quarkus.hibernate.reactive.panache.PanacheEntity");

    /** Exceptions a duplicate-key violation surfaces as: catching one means the database enforces a key. */
    public static final Set<String> DUPLICATE_KEY_EXCEPTIONS = Set.of("org.springframework.dao.DataIntegrityViolationException",
            "org.springframework.dao.DuplicateKeyException", "org.hibernate.exception.ConstraintViolationException",
            "java.sql.SQLIntegrityConstraintViolationException", "com.mongodb.DuplicateKeyException");
}
