package com.acme.bank;

import org.springframework.stereotype.Service;

@Service
public class AccountService {

    private final AccountRepository accounts;

    public AccountService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @SuppressWarnings("raceguard:lost-update")
    public void withdraw(long id, long amount) {
        Account account = accounts.findById(id).orElseThrow();
        account.setBalance(account.getBalance() - amount);
        accounts.save(account);
    }

    @SuppressWarnings("raceguard")
    public void deposit(long id, long amount) {
        Account account = accounts.findById(id).orElseThrow();
        account.setBalance(account.getBalance() + amount);
        accounts.save(account);
    }

    public void charge(long id, long fee) {
        Account account = accounts.findById(id).orElseThrow();
        account.setBalance(account.getBalance() - fee);
        // raceguard:ignore lost-update fees are recomputed by the nightly reconciliation
        accounts.save(account);
    }

    @SuppressWarnings("raceguard:check-then-insert")
    public void refund(long id, long amount) {
        Account account = accounts.findById(id).orElseThrow();
        account.setBalance(account.getBalance() + amount);
        accounts.save(account);
    }
}
