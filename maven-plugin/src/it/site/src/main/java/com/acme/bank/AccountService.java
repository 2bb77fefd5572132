package com.acme.bank;

import org.springframework.stereotype.Service;

@Service
public class AccountService {

    private final AccountRepository accounts;

    public AccountService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public void withdraw(long id, long amount) {
        Account account = accounts.findById(id).orElseThrow();
        account.setBalance(account.getBalance() - amount);
        accounts.save(account);
    }
}
