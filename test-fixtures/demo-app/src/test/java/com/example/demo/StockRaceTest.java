package com.example.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Stock reservation: N customers reserve one unit each of a product with {@value #STOCK} in stock. */
class StockRaceTest extends RaceTestSupport {

    static final int STOCK = 3;

    @Test
    void racyReservationsSellUnitsThatDoNotExist() {
        Outcome outcome = reserveConcurrently("racy");
        // every request read 3, passed the check and wrote 2: N confirmed, one unit gone
        assertEquals(N, outcome.confirmed(), "every request is confirmed");
        assertEquals(STOCK - 1, outcome.left(), "all but one of the decrements are lost");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"versioned", "locked", "atomic", "serializable"})
    void fixedReservationsSellExactlyTheStock(String variant) {
        Outcome outcome = reserveConcurrently(variant);
        assertEquals(STOCK, outcome.confirmed(), "confirmed reservations");
        assertEquals(0, outcome.left(), "units left");
    }

    private Outcome reserveConcurrently(String variant) {
        long retriesBefore = retry.retries();
        String products = "/api/stock/" + variant + "/products";
        long id = postForId(products + "?available=" + STOCK);
        List<Integer> statuses = race("stock/" + variant, waitFor(variant), i -> products + "/" + id + "/reserve?quantity=1");
        Outcome outcome = new Outcome(count(statuses, 200), getLong(products + "/" + id));
        report("stock/" + variant, N + " x reserve 1 of " + STOCK + " in stock",
                STOCK + " confirmed, 0 left", outcome.confirmed() + " confirmed, " + outcome.left() + " left", retriesBefore);
        return outcome;
    }

    record Outcome(long confirmed, long left) {
    }
}
