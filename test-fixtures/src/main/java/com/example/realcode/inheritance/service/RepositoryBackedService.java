package com.example.realcode.inheritance.service;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * A generic base service whose subclasses hand over their repository by overriding an abstract
 * getter. Real shape: erfan-habibian/maeve src/main/java/org/erfan/maeve/service/BaseService.java
 * with .../service/impl/FoodService.java ({@code protected FoodRepository getRepository()}).
 */
public abstract class RepositoryBackedService<T, ID> {

    protected abstract JpaRepository<T, ID> getRepository();

    public Optional<T> findById(ID id) {
        return getRepository().findById(id);
    }

    public T modify(T entity) {
        return getRepository().save(entity);
    }
}
