package com.example.billing.service;

import com.example.billing.domain.JournalEntry;
import com.example.billing.repository.JournalEntryRepository;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

@Component
public class JournalWriter {

    private final JournalEntryRepository journal;

    public JournalWriter(JournalEntryRepository journal) {
        this.journal = journal;
    }

    public JournalEntry post(String account, BigDecimal amount) {
        return journal.save(new JournalEntry(account, amount));
    }
}
