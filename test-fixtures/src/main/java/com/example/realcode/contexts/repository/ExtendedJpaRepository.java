package com.example.realcode.contexts.repository;

import jakarta.persistence.EntityManager;
import org.springframework.data.jpa.repository.support.JpaEntityInformation;
import org.springframework.data.jpa.repository.support.SimpleJpaRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows spring-projects/spring-data-examples jpa/example/.../customall/ExtendedJpaRepository (a
 * repository base class named by {@code @EnableJpaRepositories(repositoryBaseClass = ...)}), made
 * final: the repository proxy calls it through the repository interface and applies its
 * @Transactional, so final is no bypass.
 */
@Transactional(readOnly = true)
public final class ExtendedJpaRepository<T> extends SimpleJpaRepository<T, Long> implements BaseRepository<T> {

    private final EntityManager entityManager;

    ExtendedJpaRepository(JpaEntityInformation<T, ?> entityInformation, EntityManager entityManager) {
        super(entityInformation, entityManager);
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
    public void detachAll() {
        entityManager.clear();
    }
}
