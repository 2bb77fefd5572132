package com.example.wallet.service;

import java.math.BigDecimal;

public record AccountSummary(String number, BigDecimal balance, boolean frozen) {
}
