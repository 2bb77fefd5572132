package com.acme.bank.generated;

import org.springframework.stereotype.Service;

/** Generated code: racy, but excluded from the analysis. */
@Service
public class GeneratedLedgerService {

    private final LedgerEntryRepository entries;

    public GeneratedLedgerService(LedgerEntryRepository entries) {
        this.entries = entries;
    }

    public void add(long id, long amount) {
        LedgerEntry entry = entries.findById(id).orElseThrow();
        entry.setTotal(entry.getTotal() + amount);
        entries.save(entry);
    }
}
