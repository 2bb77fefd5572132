package com.example.realcode.lombok.service;

import com.example.common.DomainException;
import com.example.common.NotFoundException;
import com.example.realcode.lombok.domain.VersionedWalletDocument;
import com.example.realcode.lombok.domain.WalletDocument;
import com.example.realcode.lombok.repository.VersionedWalletDocumentRepository;
import com.example.realcode.lombok.repository.WalletDocumentRepository;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/**
 * Immutable documents changed through Lombok {@code @With} copies. Real shape:
 * spring-projects/spring-data-examples jdbc/basics (immutable aggregates with {@code @With},
 * saved through a Spring Data repository).
 */
@Service
@RequiredArgsConstructor
public class WalletDocumentService {

    private final WalletDocumentRepository walletRepository;
    private final VersionedWalletDocumentRepository versionedWalletRepository;

    // the copy made by withBalance(..) replaces the row it was copied from
    public void pay(String walletId, long amount) {
        WalletDocument wallet = walletRepository.findById(walletId).orElseThrow(() -> new NotFoundException("wallet", walletId));
        if (wallet.isFrozen() || wallet.getBalance() < amount) {
            throw new DomainException("payment refused");
        }
        walletRepository.save(wallet.withBalance(wallet.getBalance() - amount)); // expect: lost-update
    }

    public WalletDocument refund(String walletId, long amount) {
        WalletDocument wallet = walletRepository.findById(walletId).orElseThrow(() -> new NotFoundException("wallet", walletId));
        WalletDocument refunded = wallet.withBalance(wallet.getBalance() + amount);
        return walletRepository.save(refunded); // expect: lost-update
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: @Version on the document, the copy keeps the version it was read with
    public void payVersioned(String walletId, long amount) {
        VersionedWalletDocument wallet = versionedWalletRepository.findById(walletId)
                .orElseThrow(() -> new NotFoundException("wallet", walletId));
        versionedWalletRepository.save(wallet.withBalance(wallet.getBalance() - amount));
    }

    // safe: a new document from the builder
    public WalletDocument open(String userId) {
        return walletRepository.save(WalletDocument.builder().userId(userId).balance(0).build());
    }

    // safe: @Value has no setters and the copy is never saved
    public long previewBalance(String walletId, long amount) {
        WalletDocument wallet = walletRepository.findById(walletId).orElseThrow(() -> new NotFoundException("wallet", walletId));
        return wallet.withBalance(wallet.getBalance() - amount).getBalance();
    }
}
