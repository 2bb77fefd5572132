package com.acme.bank.legacy;

import com.acme.bank.generated.LedgerEntry;
import com.acme.bank.generated.LedgerEntryRepository;
import org.springframework.stereotype.Service;

/** Legacy code: racy, but excluded from the analysis. */
@Service
public class LegacyLedgerService {

    private final LedgerEntryRepository entries;

    public LegacyLedgerService(LedgerEntryRepository entries) {
        this.entries = entries;
    }

    public void subtract(long id, long amount) {
        LedgerEntry entry = entries.findById(id).orElseThrow();
        entry.setTotal(entry.getTotal() - amount);
        entries.save(entry);
    }
}
