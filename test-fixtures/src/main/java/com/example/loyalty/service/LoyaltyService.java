package com.example.loyalty.service;

import com.example.common.NotFoundException;
import com.example.loyalty.domain.LoyaltyAccount;
import com.example.loyalty.domain.Tier;
import com.example.loyalty.repository.LoyaltyAccountRepository;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

@Service
public class LoyaltyService {

    private static final long BIRTHDAY_BONUS = 500;

    private final LoyaltyAccountRepository loyaltyRepository;

    public LoyaltyService(LoyaltyAccountRepository loyaltyRepository) {
        this.loyaltyRepository = loyaltyRepository;
    }

    public LoyaltyAccount changeTier(Long accountId, Tier tier) {
        return loyaltyRepository.findById(accountId)
                .map(account -> {
                    account.setTier(tier);
                    return loyaltyRepository.save(account); // blind: no lost update; but a full write over an atomic update // expect: stale-overwrite
                })
                .orElseThrow(() -> new NotFoundException("loyalty account", accountId));
    }

    public void updateDisplayName(String memberNumber, String displayName) {
        LoyaltyAccount account = loyaltyRepository.findByMemberNumber(memberNumber)
                .orElseThrow(() -> new NotFoundException("loyalty account", memberNumber));
        account.setDisplayName(displayName);
        loyaltyRepository.save(account); // blind: no lost update; but a full write over an atomic update // expect: stale-overwrite
    }

    // REPEATABLE_READ does not prevent lost updates on every database (MySQL/InnoDB)
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public void redeem(String memberNumber, long cost) {
        LoyaltyAccount account = loyaltyRepository.findByMemberNumber(memberNumber)
                .orElseThrow(() -> new NotFoundException("loyalty account", memberNumber));
        account.redeem(cost);
        loyaltyRepository.save(account); // expect: lost-update-weak-isolation
    }

    @Transactional(isolation = Isolation.READ_UNCOMMITTED)
    public void recordVisit(Long accountId) {
        LoyaltyAccount account = loyaltyRepository.findById(accountId)
                .orElseThrow(() -> new NotFoundException("loyalty account", accountId));
        account.setVisits(account.getVisits() + 1); // expect: lost-update-weak-isolation
    }

    @Transactional
    public void downgrade(Long accountId) {
        loyaltyRepository.findById(accountId).ifPresent(account -> {
            account.setTier(Tier.BASIC);
            loyaltyRepository.save(account); // blind: no lost update; but a full write over an atomic update // expect: stale-overwrite
        });
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void promote(Tier from, Tier to) {
        List<LoyaltyAccount> accounts = loyaltyRepository.findByTier(from);
        for (LoyaltyAccount account : accounts) {
            account.setTier(to);
        }
        loyaltyRepository.saveAll(accounts); // blind: no lost update; but a full write over an atomic update // expect: stale-overwrite
    }

    // both callers of credit(..) are transactional
    @Transactional
    public void awardPurchasePoints(Long accountId, long points) {
        credit(accountId, points);
    }

    @Transactional
    public void awardReferralBonus(Long accountId) {
        credit(accountId, 1_000);
    }

    // the only caller of deduct(..) is not transactional
    public void expirePoints(Long accountId, long expired) {
        deduct(accountId, expired);
    }

    // the private method's @Transactional is never applied by the proxy
    public void grantBirthdayBonus(Long accountId) {
        applyBonus(accountId, BIRTHDAY_BONUS);
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: SERIALIZABLE isolation
    @Transactional(isolation = Isolation.SERIALIZABLE)
    public void correctBalance(Long accountId, long points) {
        LoyaltyAccount account = loyaltyRepository.findById(accountId)
                .orElseThrow(() -> new NotFoundException("loyalty account", accountId));
        account.setPoints(points);
        loyaltyRepository.save(account);
    }

    // safe: atomic increment
    public void awardPointsAtomically(Long accountId, long points) {
        loyaltyRepository.addPoints(accountId, points);
    }

    // safe: PESSIMISTIC_WRITE finder inside the transaction, dirty checking
    @Transactional
    public void redeemLocked(String memberNumber, long cost) {
        LoyaltyAccount account = loyaltyRepository.findLockedByMemberNumber(memberNumber)
                .orElseThrow(() -> new NotFoundException("loyalty account", memberNumber));
        account.redeem(cost);
    }

    // safe: read-only
    public long balance(String memberNumber) {
        return loyaltyRepository.findByMemberNumber(memberNumber)
                .map(LoyaltyAccount::getPoints)
                .orElse(0L);
    }

    private void credit(Long accountId, long points) {
        LoyaltyAccount account = loyaltyRepository.findById(accountId)
                .orElseThrow(() -> new NotFoundException("loyalty account", accountId));
        account.addPoints(points);
        loyaltyRepository.save(account); // expect: lost-update-weak-isolation
    }

    private void deduct(Long accountId, long points) {
        LoyaltyAccount account = loyaltyRepository.findById(accountId)
                .orElseThrow(() -> new NotFoundException("loyalty account", accountId));
        account.setPoints(Math.max(0, account.getPoints() - points));
        loyaltyRepository.save(account); // expect: lost-update
    }

    @Transactional
    private void applyBonus(Long accountId, long bonus) { // expect: transaction-bypass
        LoyaltyAccount account = loyaltyRepository.findById(accountId)
                .orElseThrow(() -> new NotFoundException("loyalty account", accountId));
        account.addPoints(bonus);
        loyaltyRepository.save(account); // expect: lost-update
    }
}
