package com.example.realcode.reactive;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Mono;

public interface SubscriberRepository extends ReactiveCrudRepository<Subscriber, Long> {

    Mono<Boolean> existsByEmail(String email);
}
