package com.example.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** User sign-up, one account per e-mail address: N sign-ups with the same address at once. */
class SignUpRaceTest extends RaceTestSupport {

    @Test
    void racySignUpsCreateDuplicateAccounts() {
        Outcome outcome = signUpConcurrently("racy");
        assertEquals(N, outcome.created(), "every sign-up succeeds");
        assertEquals(N, outcome.accounts(), "N accounts with one address");
    }

    @Test
    void uniqueConstraintCreatesOneAccount() {
        Outcome outcome = signUpConcurrently("unique");
        assertEquals(1, outcome.created(), "successful sign-ups");
        assertEquals(1, outcome.accounts(), "accounts with the address");
    }

    private Outcome signUpConcurrently(String variant) {
        long retriesBefore = retry.retries();
        String users = "/api/users/" + variant;
        String email = unique("bob") + "@example.com";
        List<Integer> statuses = race("signup/" + variant, waitFor(variant), i -> users + "?email=" + email);
        Outcome outcome = new Outcome(count(statuses, 200), getLong(users + "/count?email=" + email));
        report("signup/" + variant, N + " x sign up one address", "1 created, 1 account",
                outcome.created() + " created, " + plural(outcome.accounts(), "account"), retriesBefore);
        return outcome;
    }

    record Outcome(long created, long accounts) {
    }
}
