package com.example.realcode.devset;

import org.springframework.data.repository.CrudRepository;

/** The repository Spring Data builds; its BadgeRepository methods run in BadgeRepositoryImpl. */
public interface CrewRepository extends CrudRepository<Crew, Long>, BadgeRepository {
}
