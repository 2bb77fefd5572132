package com.example.realcode.reactive;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Reactive MongoDB, the lookup(id).flatMap(process -> ..) chain of spring-data-examples' ReactiveTransitionService. */
@Service
public class ReactiveProcessService {

    private final ReactiveProcessRepository repository;

    public ReactiveProcessService(ReactiveProcessRepository repository) {
        this.repository = repository;
    }

    public Mono<Integer> advance(Integer id) {
        return lookup(id)
                .flatMap(process -> {
                    process.setTransitionCount(process.getTransitionCount() + 1);
                    return repository.save(process); // expect: lost-update
                })
                .map(Process::getId);
    }

    // --- no finding below -------------------------------------------------------------------

    public Mono<Process> rename(Integer id, String state) {
        return lookup(id).flatMap(process -> {
            process.setState(state);
            return repository.save(process);
        });
    }

    Mono<Process> lookup(Integer id) {
        return repository.findById(id);
    }
}
