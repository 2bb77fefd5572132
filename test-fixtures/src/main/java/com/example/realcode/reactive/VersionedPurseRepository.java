package com.example.realcode.reactive;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

public interface VersionedPurseRepository extends ReactiveCrudRepository<VersionedPurse, Long> {
}
