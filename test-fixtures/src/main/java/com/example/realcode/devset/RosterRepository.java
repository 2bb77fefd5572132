package com.example.realcode.devset;

import org.springframework.data.repository.CrudRepository;

public interface RosterRepository extends CrudRepository<Crew, Long>, RosterRepositoryCustom {
}
