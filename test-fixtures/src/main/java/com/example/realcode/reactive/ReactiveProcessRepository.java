package com.example.realcode.reactive;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

public interface ReactiveProcessRepository extends ReactiveMongoRepository<Process, Integer> {
}
