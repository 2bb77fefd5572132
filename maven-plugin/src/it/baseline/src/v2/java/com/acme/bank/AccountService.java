package com.acme.bank;

import java.util.logging.Logger;

import org.springframework.stereotype.Service;

/**
 * Account operations. (An unrelated edit: this comment, the import and the logger move the
 * accepted statement of withdraw down by several lines.)
 */
@Service
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    private final AccountRepository accounts;

    public AccountService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public void withdraw(long id, long amount) {
        LOG.fine("withdraw");
        Account account = accounts.findById(id).orElseThrow();
        account.setBalance(account.getBalance() - amount);
        accounts.save(account);
    }

    public void deposit(long id, long amount) {
        Account account = accounts.findById(id).orElseThrow();
        account.setBalance(account.getBalance() + amount);
        accounts.save(account);
    }
}
