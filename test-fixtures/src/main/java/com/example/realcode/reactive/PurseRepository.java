package com.example.realcode.reactive;

import org.springframework.data.r2dbc.repository.Modifying;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.r2dbc.repository.R2dbcRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface PurseRepository extends R2dbcRepository<Purse, Long> {

    Flux<Purse> findByBalanceLessThan(long limit);

    @Modifying
    @Query("update purse set balance = balance + :amount where id = :id")
    Mono<Integer> addToBalance(long id, long amount);
}
