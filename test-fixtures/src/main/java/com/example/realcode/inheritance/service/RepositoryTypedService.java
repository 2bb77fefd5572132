package com.example.realcode.inheritance.service;

import com.example.common.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * A generic base service typed by its repository as well ({@code R extends JpaRepository<T, ID>}),
 * the repository injected through the constructor. Real shape: a common public pattern, e.g.
 * {@code CrudService<T, ID, R extends JpaRepository<T, ID>>} with {@code protected final R repository}
 * (found with the code search: several public Spring Boot services share it).
 */
public abstract class RepositoryTypedService<T, ID, R extends JpaRepository<T, ID>> {

    protected final R repository;

    protected RepositoryTypedService(R repository) {
        this.repository = repository;
    }

    public T get(ID id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("entity", id));
    }

    public T store(T entity) {
        return repository.save(entity);
    }
}
