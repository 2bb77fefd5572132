package com.example.realcode.inheritance.service;

import com.example.common.DomainException;
import com.example.realcode.inheritance.domain.GiftCard;
import com.example.realcode.inheritance.repository.GiftCardRepository;
import java.time.Instant;
import org.springframework.stereotype.Service;

/** Overrides the inherited update(..) and delegates with super.update(..); GiftCard has no version. */
@Service
public class GiftCardService extends CrudService<GiftCard, Long> {

    public GiftCardService(GiftCardRepository repository) {
        super(repository);
    }

    @Override
    public void update(GiftCard card) {
        card.setUpdatedAt(Instant.now());
        super.update(card);
    }

    public void spend(Long cardId, long amount) {
        GiftCard card = getById(cardId);
        if (card.getBalance() < amount) {
            throw new DomainException("insufficient balance");
        }
        card.setBalance(card.getBalance() - amount);
        update(card); // expect: lost-update
    }

    public void topUp(Long cardId, long amount) {
        findOptional(cardId).ifPresent(card -> {
            card.setBalance(card.getBalance() + amount);
            super.update(card); // expect: lost-update
        });
    }
}
