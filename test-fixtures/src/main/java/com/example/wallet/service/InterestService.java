package com.example.wallet.service;

import com.example.common.NotFoundException;
import com.example.wallet.domain.SavingsAccount;
import com.example.wallet.repository.SavingsAccountRepository;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Interest on savings; the {@code @Version} of {@link SavingsAccount} is inherited. */
@Service
public class InterestService {

    private final SavingsAccountRepository savingsAccountRepository;

    public InterestService(SavingsAccountRepository savingsAccountRepository) {
        this.savingsAccountRepository = savingsAccountRepository;
    }

    // safe: @Version inherited from VersionedEntity
    public SavingsAccount accrue(Long accountId) {
        SavingsAccount account = savingsAccountRepository.findById(accountId)
                .orElseThrow(() -> new NotFoundException("savings account", accountId));
        account.accrueMonthlyInterest();
        return savingsAccountRepository.save(account);
    }

    // safe: @Version inherited from VersionedEntity, dirty checking
    @Transactional
    public void changeRate(Long accountId, BigDecimal annualRate) {
        SavingsAccount account = savingsAccountRepository.findById(accountId)
                .orElseThrow(() -> new NotFoundException("savings account", accountId));
        account.setAnnualRate(annualRate);
    }

    // safe: @Version inherited from VersionedEntity
    public void accrueAll() {
        List<SavingsAccount> accounts = savingsAccountRepository.findAll();
        for (SavingsAccount account : accounts) {
            account.accrueMonthlyInterest();
        }
        savingsAccountRepository.saveAll(accounts);
    }
}
