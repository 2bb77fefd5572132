package com.example.realcode.inheritance.service;

import com.example.common.NotFoundException;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * A generic base service every entity service extends with its entity and id types. Real shapes:
 * erfan-habibian/maeve src/main/java/org/erfan/maeve/service/BaseService.java and
 * sammahmeterdogan/turtlebot3-web-simulator backend/rcp-base/.../service/BaseServiceImpl.java
 * (generic {@code <T, ID>} services over a {@code JpaRepository<T, ID>}).
 */
public abstract class CrudService<E, ID> {

    protected final JpaRepository<E, ID> repository;

    protected CrudService(JpaRepository<E, ID> repository) {
        this.repository = repository;
    }

    public E getById(ID id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("entity", id));
    }

    public Optional<E> findOptional(ID id) {
        return repository.findById(id);
    }

    public void update(E entity) {
        repository.save(entity);
    }

    @SafeVarargs
    public final void updateAll(E... entities) {
        for (E entity : entities) {
            repository.save(entity);
        }
    }
}
