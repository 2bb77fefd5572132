package com.example.demo.wallet.fixed;

import com.example.demo.support.RaceHook;
import com.example.demo.wallet.AccountRepository;
import com.example.demo.wallet.Transfers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * FIXED with atomic UPDATEs: {@code balance = balance - :amount WHERE balance >= :amount} on the
 * source (0 rows: not covered, nothing happens), then {@code balance = balance + :amount} on the
 * target, in one transaction so that both or neither apply.
 */
@Service
public class AtomicTransfers implements Transfers {

    private static final String SCENARIO = "wallet/atomic";

    private final AccountRepository accounts;
    private final RaceHook hook;

    public AtomicTransfers(AccountRepository accounts, RaceHook hook) {
        this.accounts = accounts;
        this.hook = hook;
    }

    @Override
    public String variant() {
        return "atomic";
    }

    @Override
    @Transactional
    public boolean transfer(long fromId, long toId, long amount) {
        hook.beforeRead(SCENARIO);
        hook.betweenReadAndWrite(SCENARIO);
        if (accounts.debitIfCovered(fromId, amount) == 0) {
            return false;
        }
        accounts.credit(toId, amount);
        return true;
    }
}
