package com.example.loyalty.service;

import com.example.common.NotFoundException;
import com.example.loyalty.domain.LoyaltyAccount;
import com.example.loyalty.repository.LoyaltyAccountRepository;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Every public method runs in a SERIALIZABLE transaction (class-level annotation). */
@Service
@Transactional(isolation = Isolation.SERIALIZABLE)
public class MembershipService {

    private final LoyaltyAccountRepository loyaltyRepository;

    public MembershipService(LoyaltyAccountRepository loyaltyRepository) {
        this.loyaltyRepository = loyaltyRepository;
    }

    // safe: SERIALIZABLE (class level)
    public LoyaltyAccount renew(String memberNumber, int years) {
        LoyaltyAccount account = loyaltyRepository.findByMemberNumber(memberNumber)
                .orElseThrow(() -> new NotFoundException("loyalty account", memberNumber));
        LocalDate base = account.getValidUntil() == null ? LocalDate.now() : account.getValidUntil();
        account.setValidUntil(base.plusYears(years));
        return loyaltyRepository.save(account);
    }

    // safe: SERIALIZABLE (class level), dirty checking
    public void checkIn(Long accountId) {
        LoyaltyAccount account = loyaltyRepository.findById(accountId)
                .orElseThrow(() -> new NotFoundException("loyalty account", accountId));
        account.setVisits(account.getVisits() + 1);
    }
}
