package com.example.wallet.service;

import com.example.common.NotFoundException;
import com.example.wallet.domain.Wallet;
import com.example.wallet.repository.WalletRepository;
import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wallet operations. {@link Wallet} carries {@code @Version}: a concurrent change makes the
 * second write fail with an optimistic-locking exception instead of being silently lost.
 */
@Service
public class WalletService {

    private final WalletRepository walletRepository;

    public WalletService(WalletRepository walletRepository) {
        this.walletRepository = walletRepository;
    }

    // safe: @Version on Wallet
    public Wallet withdraw(Long walletId, BigDecimal amount) {
        Wallet wallet = walletRepository.findById(walletId)
                .orElseThrow(() -> new NotFoundException("wallet", walletId));
        wallet.debit(amount);
        return walletRepository.save(wallet);
    }

    // safe: @Version on Wallet, dirty checking inside the transaction
    @Transactional
    public void deposit(Long walletId, BigDecimal amount) {
        Wallet wallet = walletRepository.findById(walletId)
                .orElseThrow(() -> new NotFoundException("wallet", walletId));
        wallet.credit(amount);
    }

    // safe: @Version on Wallet
    public void topUp(String owner, BigDecimal amount) {
        walletRepository.findByOwner(owner).ifPresent(wallet -> {
            wallet.credit(amount);
            walletRepository.save(wallet);
        });
    }

    // safe: @Version on Wallet
    public Wallet relabel(Long walletId, String label) {
        return walletRepository.findById(walletId)
                .map(wallet -> {
                    wallet.setLabel(label);
                    return walletRepository.save(wallet);
                })
                .orElseThrow(() -> new NotFoundException("wallet", walletId));
    }

    // safe: new entity
    public Wallet open(String owner) {
        return walletRepository.save(new Wallet(owner));
    }
}
