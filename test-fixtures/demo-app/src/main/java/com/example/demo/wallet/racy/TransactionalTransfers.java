package com.example.demo.wallet.racy;

import com.example.demo.support.NotFound;
import com.example.demo.support.RaceHook;
import com.example.demo.wallet.Account;
import com.example.demo.wallet.AccountRepository;
import com.example.demo.wallet.Transfers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * RACY although transactional: at the default isolation (READ COMMITTED) two transfers into the
 * same account both read its old balance and both write "old balance + amount". The transaction
 * makes each transfer all-or-nothing; it does not make it exclusive — money disappears.
 */
@Service
public class TransactionalTransfers implements Transfers {

    private static final String SCENARIO = "wallet/racy";

    private final AccountRepository accounts;
    private final RaceHook hook;

    public TransactionalTransfers(AccountRepository accounts, RaceHook hook) {
        this.accounts = accounts;
        this.hook = hook;
    }

    @Override
    public String variant() {
        return "racy";
    }

    @Override
    @Transactional
    public boolean transfer(long fromId, long toId, long amount) {
        hook.beforeRead(SCENARIO);
        Account from = accounts.findById(fromId).orElseThrow(() -> NotFound.of("account", fromId));
        Account to = accounts.findById(toId).orElseThrow(() -> NotFound.of("account", toId));
        hook.betweenReadAndWrite(SCENARIO);
        if (from.getBalance() < amount) {
            return false;
        }
        from.setBalance(from.getBalance() - amount);
        to.setBalance(to.getBalance() + amount);
        // RaceGuard reports a method once per rule, on its first unprotected write; in the load
        // test it is the second one, the merchant's balance, that loses the money
        accounts.save(from); // expect: lost-update-weak-isolation
        accounts.save(to);
        return true;
    }
}
