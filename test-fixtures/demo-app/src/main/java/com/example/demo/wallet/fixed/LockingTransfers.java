package com.example.demo.wallet.fixed;

import com.example.demo.support.NotFound;
import com.example.demo.support.RaceHook;
import com.example.demo.wallet.Account;
import com.example.demo.wallet.AccountRepository;
import com.example.demo.wallet.Transfers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * FIXED with {@code @Lock(PESSIMISTIC_WRITE)}: both rows are read FOR UPDATE, always the lower id
 * first so that two opposite transfers cannot deadlock; the next transfer touching either account
 * waits until this one commits.
 */
@Service
public class LockingTransfers implements Transfers {

    private static final String SCENARIO = "wallet/locked";

    private final AccountRepository accounts;
    private final RaceHook hook;

    public LockingTransfers(AccountRepository accounts, RaceHook hook) {
        this.accounts = accounts;
        this.hook = hook;
    }

    @Override
    public String variant() {
        return "locked";
    }

    @Override
    @Transactional
    public boolean transfer(long fromId, long toId, long amount) {
        hook.beforeRead(SCENARIO);
        Account first = accounts.findByIdForUpdate(Math.min(fromId, toId)).orElseThrow(() -> NotFound.of("account", Math.min(fromId, toId)));
        Account second = accounts.findByIdForUpdate(Math.max(fromId, toId)).orElseThrow(() -> NotFound.of("account", Math.max(fromId, toId)));
        Account from = first.getId() == fromId ? first : second;
        Account to = first.getId() == fromId ? second : first;
        hook.betweenReadAndWrite(SCENARIO);
        if (from.getBalance() < amount) {
            return false;
        }
        from.setBalance(from.getBalance() - amount);
        to.setBalance(to.getBalance() + amount);
        return true;
    }
}
