package com.example.wallet.web;

import com.example.common.NotFoundException;
import com.example.wallet.domain.Wallet;
import com.example.wallet.repository.WalletRepository;
import java.math.BigDecimal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/wallets")
public class WalletController {

    public record Deposit(BigDecimal amount) {
    }

    public record Balance(Long walletId, BigDecimal balance) {
    }

    private final WalletRepository walletRepository;

    public WalletController(WalletRepository walletRepository) {
        this.walletRepository = walletRepository;
    }

    // safe: read-only
    @GetMapping("/{id}/balance")
    public Balance balance(@PathVariable Long id) {
        Wallet wallet = walletRepository.findById(id)
                .orElseThrow(() -> new NotFoundException("wallet", id));
        return new Balance(wallet.getId(), wallet.getBalance());
    }

    // safe: read-modify-write straight from the controller, but Wallet has @Version
    @PostMapping("/{id}/deposits")
    public Balance deposit(@PathVariable Long id, @RequestBody Deposit deposit) {
        Wallet wallet = walletRepository.findById(id)
                .orElseThrow(() -> new NotFoundException("wallet", id));
        wallet.credit(deposit.amount());
        Wallet saved = walletRepository.save(wallet);
        return new Balance(saved.getId(), saved.getBalance());
    }
}
