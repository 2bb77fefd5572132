package com.example.realcode.reactive;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Check-then-insert in a Mono chain: existsByEmail(..).flatMap(exists -> { if (exists) error; save(new ..) }). */
@Service
public class ReactiveSignUpService {

    private final SubscriberRepository subscribers;
    private final MemberRepository members;

    public ReactiveSignUpService(SubscriberRepository subscribers, MemberRepository members) {
        this.subscribers = subscribers;
        this.members = members;
    }

    public Mono<Subscriber> subscribe(String email) {
        return subscribers.existsByEmail(email)
                .flatMap(exists -> {
                    if (exists) {
                        return Mono.error(new IllegalStateException("already subscribed: " + email));
                    }
                    return subscribers.save(new Subscriber(email)); // expect: check-then-insert
                });
    }

    // --- no finding below -------------------------------------------------------------------

    // unique (email) on reactive_member: the second insert fails
    public Mono<Member> join(String email) {
        return members.existsByEmail(email)
                .flatMap(exists -> {
                    if (exists) {
                        return Mono.error(new IllegalStateException("already a member: " + email));
                    }
                    return members.save(new Member(email));
                });
    }
}
