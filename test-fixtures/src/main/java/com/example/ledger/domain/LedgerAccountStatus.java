package com.example.ledger.domain;

public enum LedgerAccountStatus {
    OPEN,
    DORMANT,
    FROZEN
}
