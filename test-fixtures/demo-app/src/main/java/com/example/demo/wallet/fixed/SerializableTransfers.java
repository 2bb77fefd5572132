package com.example.demo.wallet.fixed;

import com.example.demo.support.ConflictRetry;
import com.example.demo.support.NotFound;
import com.example.demo.support.RaceHook;
import com.example.demo.wallet.Account;
import com.example.demo.wallet.AccountRepository;
import com.example.demo.wallet.Transfers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * FIXED with SERIALIZABLE isolation and a retry: of two transfers that read the same balance,
 * the database commits one and fails the other with a serialization failure; it runs again.
 */
@Service
public class SerializableTransfers implements Transfers {

    private static final String SCENARIO = "wallet/serializable";

    private final AccountRepository accounts;
    private final TransactionTemplate serializable;
    private final ConflictRetry retry;
    private final RaceHook hook;

    public SerializableTransfers(AccountRepository accounts, PlatformTransactionManager transactionManager,
            ConflictRetry retry, RaceHook hook) {
        this.accounts = accounts;
        this.serializable = new TransactionTemplate(transactionManager);
        this.serializable.setIsolationLevel(TransactionDefinition.ISOLATION_SERIALIZABLE);
        this.retry = retry;
        this.hook = hook;
    }

    @Override
    public String variant() {
        return "serializable";
    }

    @Override
    public boolean transfer(long fromId, long toId, long amount) {
        return retry.run(() -> serializable.execute(status -> {
            hook.beforeRead(SCENARIO);
            Account from = accounts.findById(fromId).orElseThrow(() -> NotFound.of("account", fromId));
            Account to = accounts.findById(toId).orElseThrow(() -> NotFound.of("account", toId));
            hook.betweenReadAndWrite(SCENARIO);
            if (from.getBalance() < amount) {
                return false;
            }
            from.setBalance(from.getBalance() - amount);
            to.setBalance(to.getBalance() + amount);
            return true;
        }));
    }
}
