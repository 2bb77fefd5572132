package com.example.realcode.inheritance.service;

import com.example.realcode.inheritance.domain.GiftCard;
import com.example.realcode.inheritance.domain.VersionedVoucher;
import com.example.realcode.inheritance.repository.GiftCardRepository;
import com.example.realcode.inheritance.repository.VersionedVoucherRepository;
import org.springframework.stereotype.Service;

/** Gift card balances through a base service typed by its repository; GiftCard has no version. */
@Service
public class GiftCardLedgerService extends RepositoryTypedService<GiftCard, Long, GiftCardRepository> {

    public GiftCardLedgerService(GiftCardRepository repository) {
        super(repository);
    }

    public GiftCard credit(Long cardId, long amount) {
        GiftCard card = get(cardId);
        card.setBalance(card.getBalance() + amount);
        return store(card); // expect: lost-update
    }

    /** The same base class over a versioned entity. */
    @Service
    public static class VoucherLedgerService extends RepositoryTypedService<VersionedVoucher, Long, VersionedVoucherRepository> {

        public VoucherLedgerService(VersionedVoucherRepository repository) {
            super(repository);
        }

        // safe: @Version on VersionedVoucher
        public VersionedVoucher extend(Long voucherId, int days) {
            VersionedVoucher voucher = get(voucherId);
            voucher.setValidDays(voucher.getValidDays() + days);
            return store(voucher);
        }
    }
}
