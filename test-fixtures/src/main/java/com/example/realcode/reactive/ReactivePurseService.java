package com.example.realcode.reactive;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Read-modify-write in Mono / Flux chains over R2DBC repositories. */
@Service
public class ReactivePurseService {

    private final PurseRepository purses;
    private final VersionedPurseRepository versionedPurses;
    private final TransactionalOperator operator;

    public ReactivePurseService(PurseRepository purses, VersionedPurseRepository versionedPurses, TransactionalOperator operator) {
        this.purses = purses;
        this.versionedPurses = versionedPurses;
        this.operator = operator;
    }

    public Mono<Purse> deposit(long id, long amount) {
        return purses.findById(id).flatMap(purse -> {
            purse.setBalance(purse.getBalance() + amount);
            return purses.save(purse); // expect: lost-update
        });
    }

    public Mono<Purse> depositMapped(long id, long amount) {
        return purses.findById(id)
                .map(purse -> {
                    purse.setBalance(purse.getBalance() + amount);
                    return purse;
                })
                .flatMap(purses::save); // expect: lost-update
    }

    public Mono<Purse> chargeFee(long id, long fee) {
        return purses.findById(id)
                .doOnNext(purse -> purse.setBalance(purse.getBalance() - fee))
                .flatMap(purses::save); // expect: lost-update
    }

    // a reactive @Transactional (the method returns a Mono): a transaction at the default isolation, no lock
    @Transactional
    public Mono<Purse> withdraw(long id, long amount) {
        return purses.findById(id)
                .filter(purse -> purse.getBalance() >= amount)
                .flatMap(purse -> {
                    purse.setBalance(purse.getBalance() - amount);
                    return purses.save(purse); // expect: lost-update-weak-isolation
                });
    }

    // TransactionalOperator around the chain: a transaction, still at the default isolation
    public Mono<Purse> withdrawInOperator(long id, long amount) {
        return purses.findById(id)
                .flatMap(purse -> {
                    purse.setBalance(purse.getBalance() - amount);
                    return purses.save(purse); // expect: lost-update-weak-isolation
                })
                .as(operator::transactional);
    }

    public Flux<Purse> topUpSmallPurses(long limit, long amount) {
        return purses.findByBalanceLessThan(limit)
                .flatMap(purse -> {
                    purse.setBalance(purse.getBalance() + amount);
                    return purses.save(purse); // expect: lost-update
                });
    }

    // --- no finding below -------------------------------------------------------------------

    public Mono<VersionedPurse> depositVersioned(long id, long amount) {
        return versionedPurses.findById(id).flatMap(purse -> {
            purse.setBalance(purse.getBalance() + amount);
            return versionedPurses.save(purse);
        });
    }

    public Mono<Integer> depositAtomically(long id, long amount) {
        return purses.addToBalance(id, amount);
    }

    @Transactional(isolation = Isolation.SERIALIZABLE)
    public Mono<Purse> withdrawSerializable(long id, long amount) {
        return purses.findById(id).flatMap(purse -> {
            purse.setBalance(purse.getBalance() - amount);
            return purses.save(purse);
        });
    }

    // the value written is the request's, not computed from what was read
    public Mono<Purse> resetBalance(long id, long balance) {
        return purses.findById(id).flatMap(purse -> {
            purse.setBalance(balance);
            return purses.save(purse);
        });
    }
}
