package com.example.realcode.reactive;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * missing-transaction in a Mono chain (spring-data-examples r2dbc shape: two repository saves
 * chained with then / flatMap): each save commits on its own.
 */
@Service
public class ReactiveEnrolmentService {

    private final SubscriberRepository subscribers;
    private final MemberRepository members;
    private final TransactionalOperator transactional;

    public ReactiveEnrolmentService(SubscriberRepository subscribers, MemberRepository members, TransactionalOperator transactional) {
        this.subscribers = subscribers;
        this.members = members;
        this.transactional = transactional;
    }

    public Mono<Member> enrol(String email) {
        return subscribers.save(new Subscriber(email))
                .then(members.save(new Member(email))); // expect: missing-transaction
    }

    // --- no finding below -------------------------------------------------------------------

    /** Reactive @Transactional on a method returning a Mono: both saves commit together. */
    @Transactional
    public Mono<Member> enrolTogether(String email) {
        return subscribers.save(new Subscriber(email))
                .then(members.save(new Member(email)));
    }

    /** A TransactionalOperator around the chain. */
    public Mono<Member> enrolWithOperator(String email) {
        return subscribers.save(new Subscriber(email))
                .then(members.save(new Member(email)))
                .as(transactional::transactional);
    }
}
