package com.example.wallet.service;

import com.example.common.NotFoundException;
import com.example.wallet.domain.Account;
import com.example.wallet.repository.AccountRepository;
import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Current accounts; {@link Account} has no version. */
@Service
public class AccountService {

    private final AccountRepository accountRepository;

    public AccountService(AccountRepository accountRepository) {
        this.accountRepository = accountRepository;
    }

    public Account withdraw(Long accountId, BigDecimal amount) {
        Account account = accountRepository.findById(accountId)
                .orElseThrow(() -> new NotFoundException("account", accountId));
        account.debit(amount);
        return accountRepository.save(account); // expect: lost-update
    }

    public void freeze(String number) {
        var account = accountRepository.findByNumber(number)
                .orElseThrow(() -> new NotFoundException("account", number));
        account.freeze();
        accountRepository.save(account); // blind: no lost update; but a full write over an atomic update // expect: stale-overwrite
    }

    // read, change and write live in private helpers; the finding belongs to this method
    public void charge(Long accountId, BigDecimal amount) {
        Account account = load(accountId);
        applyCharge(account, amount);
        persist(account); // expect: lost-update
    }

    // same composition inside a transaction at default isolation
    @Transactional
    public void settleInvoice(Long accountId, BigDecimal amount) {
        Account account = load(accountId);
        applyCharge(account, amount);
        persist(account); // expect: lost-update-weak-isolation
    }

    // a final method cannot be proxied: the @Transactional never applies
    @Transactional
    public final void payFee(Long accountId, BigDecimal fee) { // expect: transaction-bypass
        Account account = accountRepository.findById(accountId)
                .orElseThrow(() -> new NotFoundException("account", accountId));
        account.debit(fee);
        accountRepository.save(account); // expect: lost-update
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: PESSIMISTIC_WRITE read in the transaction, then the same helpers
    @Transactional
    public void chargeLocked(Long accountId, BigDecimal amount) {
        Account account = loadForUpdate(accountId);
        applyCharge(account, amount);
        persist(account);
    }

    // safe: PESSIMISTIC_WRITE read in the transaction, dirty checking
    @Transactional
    public void withdrawLocked(Long accountId, BigDecimal amount) {
        Account account = accountRepository.findByIdLocked(accountId)
                .orElseThrow(() -> new NotFoundException("account", accountId));
        account.debit(amount);
    }

    // safe: read-only
    public AccountSummary summary(String number) {
        Account account = accountRepository.findByNumber(number)
                .orElseThrow(() -> new NotFoundException("account", number));
        return new AccountSummary(account.getNumber(), account.getBalance(), account.isFrozen());
    }

    // safe: new entity
    public Account open(String number) {
        return accountRepository.save(new Account(number));
    }

    private Account load(Long accountId) {
        return accountRepository.findById(accountId)
                .orElseThrow(() -> new NotFoundException("account", accountId));
    }

    private Account loadForUpdate(Long accountId) {
        return accountRepository.findByIdLocked(accountId)
                .orElseThrow(() -> new NotFoundException("account", accountId));
    }

    private void applyCharge(Account account, BigDecimal amount) {
        account.debit(amount);
    }

    private void persist(Account account) {
        accountRepository.save(account);
    }
}
