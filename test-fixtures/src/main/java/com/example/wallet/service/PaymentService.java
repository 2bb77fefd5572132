package com.example.wallet.service;

import com.example.common.NotFoundException;
import com.example.wallet.domain.Account;
import com.example.wallet.repository.AccountRepository;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import org.springframework.stereotype.Service;

/** Card payments, demarcated with JTA's {@code jakarta.transaction.Transactional}. */
@Service
public class PaymentService {

    private final AccountRepository accountRepository;

    public PaymentService(AccountRepository accountRepository) {
        this.accountRepository = accountRepository;
    }

    @Transactional
    public void refund(Long accountId, BigDecimal amount) {
        Account account = accountRepository.findById(accountId)
                .orElseThrow(() -> new NotFoundException("account", accountId));
        account.credit(amount);
        accountRepository.save(account); // expect: lost-update-weak-isolation
    }

    // dirty checking: the domain call is the write
    @Transactional
    public void capture(Long accountId, BigDecimal amount) {
        Account account = accountRepository.findById(accountId)
                .orElseThrow(() -> new NotFoundException("account", accountId));
        account.debit(amount); // expect: lost-update-weak-isolation
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: PESSIMISTIC_WRITE read inside the JTA transaction
    @Transactional
    public void chargeback(Long accountId, BigDecimal amount) {
        Account account = accountRepository.findByIdLocked(accountId)
                .orElseThrow(() -> new NotFoundException("account", accountId));
        account.credit(amount);
        accountRepository.save(account);
    }

    // safe: only checks, never writes
    public boolean canPay(Long accountId, BigDecimal amount) {
        return accountRepository.findById(accountId)
                .map(account -> account.canDebit(amount))
                .orElse(false);
    }
}
