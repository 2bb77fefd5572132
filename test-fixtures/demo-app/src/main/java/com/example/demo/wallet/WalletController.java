package com.example.demo.wallet;

import com.example.demo.support.NotFound;
import com.example.demo.support.Outcome;
import com.example.demo.support.Variants;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/wallet/accounts?balance=B} → id; {@code GET /api/wallet/accounts/{id}} → balance;
 * {@code POST /api/wallet/{variant}/transfers?from=A&to=B&amount=X} → 200 moved, 409 not covered.
 */
@RestController
@RequestMapping("/api/wallet")
public class WalletController {

    private final AccountRepository accounts;
    private final Map<String, Transfers> variants;

    public WalletController(AccountRepository accounts, List<Transfers> variants) {
        this.accounts = accounts;
        this.variants = Variants.byName(variants, Transfers::variant);
    }

    @PostMapping("/accounts")
    public long open(@RequestParam long balance) {
        return accounts.save(new Account(balance)).getId();
    }

    @GetMapping("/accounts/{id}")
    public long balance(@PathVariable long id) {
        return accounts.findById(id).orElseThrow(() -> NotFound.of("account", id)).getBalance();
    }

    @PostMapping("/{variant}/transfers")
    public ResponseEntity<String> transfer(@PathVariable String variant, @RequestParam long from,
            @RequestParam long to, @RequestParam long amount) {
        return Outcome.of(Variants.get(variants, variant).transfer(from, to, amount), "insufficient funds");
    }
}
