package com.example.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Wallet transfer: N customers (100 each) pay {@value #AMOUNT} each into one merchant account (0). */
class WalletRaceTest extends RaceTestSupport {

    static final long START = 100;
    static final long AMOUNT = 10;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"racy", "jdbc-racy"})
    void racyTransfersMakeMoneyDisappear(String variant) {
        Outcome outcome = payConcurrently(variant);
        assertEquals(N, outcome.paid(), "every payment is confirmed and debited");
        // every transfer read the merchant's 0 and wrote 0 + 10
        assertEquals(AMOUNT, outcome.merchant(), "the merchant keeps only one payment");
        assertEquals(N * START - (N - 1) * AMOUNT, outcome.total(), "the other payments vanished");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"locked", "atomic", "serializable", "jdbc-locked"})
    void fixedTransfersKeepEveryCent(String variant) {
        Outcome outcome = payConcurrently(variant);
        assertEquals(N, outcome.paid(), "confirmed payments");
        assertEquals(N * AMOUNT, outcome.merchant(), "the merchant's balance");
        assertEquals(N * START, outcome.total(), "money in the system");
    }

    private Outcome payConcurrently(String variant) {
        long retriesBefore = retry.retries();
        long merchant = postForId("/api/wallet/accounts?balance=0");
        List<Long> customers = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            customers.add(postForId("/api/wallet/accounts?balance=" + START));
        }
        List<Integer> statuses = race("wallet/" + variant, waitFor(variant),
                i -> "/api/wallet/" + variant + "/transfers?from=" + customers.get(i) + "&to=" + merchant + "&amount=" + AMOUNT);
        long merchantBalance = getLong("/api/wallet/accounts/" + merchant);
        long total = merchantBalance;
        for (long customer : customers) {
            total += getLong("/api/wallet/accounts/" + customer);
        }
        Outcome outcome = new Outcome(count(statuses, 200), merchantBalance, total);
        report("wallet/" + variant, N + " x pay " + AMOUNT + " into one account",
                "merchant " + N * AMOUNT + ", total " + N * START, "merchant " + merchantBalance + ", total " + total, retriesBefore);
        return outcome;
    }

    record Outcome(long paid, long merchant, long total) {
    }
}
