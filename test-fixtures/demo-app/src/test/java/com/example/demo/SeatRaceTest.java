package com.example.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Seat booking: N customers try to book the same free seat. */
class SeatRaceTest extends RaceTestSupport {

    @Test
    void racyBookingsSellOneSeatToEveryone() {
        Outcome outcome = bookConcurrently("racy");
        assertEquals(N, outcome.confirmed().size(), "every customer is told the seat is theirs");
        assertTrue(outcome.confirmed().contains(outcome.holder()), "the seat went to one of them: " + outcome.holder());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"versioned", "conditional"})
    void fixedBookingsSellTheSeatOnce(String variant) {
        Outcome outcome = bookConcurrently(variant);
        assertEquals(List.of(outcome.holder()), outcome.confirmed(), "exactly the holder got a confirmation");
    }

    private Outcome bookConcurrently(String variant) {
        long retriesBefore = retry.retries();
        String seats = "/api/seats/" + variant;
        long id = postForId(seats);
        List<Integer> statuses = race("seats/" + variant, waitFor(variant), i -> seats + "/" + id + "/book?customer=customer-" + i);
        List<String> confirmed = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            if (statuses.get(i) == 200) {
                confirmed.add("customer-" + i);
            }
        }
        String holder = get(seats + "/" + id);
        report("seats/" + variant, N + " x book the same seat", "1 confirmed", confirmed.size() + " confirmed", retriesBefore);
        return new Outcome(confirmed, holder);
    }

    record Outcome(List<String> confirmed, String holder) {
    }
}
