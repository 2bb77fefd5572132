package com.example.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stock reservation through jOOQ: the racy variant writes a value computed in Java, the fixed ones
 * let the database subtract ({@code AVAILABLE.minus(q)} guarded by {@code AVAILABLE.ge(q)}) or lock
 * the row ({@code forUpdate()} inside {@code dsl.transactionResult}).
 */
class JooqStockRaceTest extends RaceTestSupport {

    static final int STOCK = 3;

    @Test
    void racyJooqReservationsSellUnitsThatDoNotExist() {
        Outcome outcome = reserveConcurrently("jooq-racy", BarrierHook.Wait.ALL_READ);
        assertEquals(N, outcome.confirmed(), "every request is confirmed");
        assertEquals(STOCK - 1, outcome.left(), "all but one of the decrements are lost");
    }

    @Test
    void atomicJooqUpdateSellsExactlyTheStock() {
        Outcome outcome = reserveConcurrently("jooq-atomic", BarrierHook.Wait.ALL_READ);
        assertEquals(STOCK, outcome.confirmed(), "confirmed reservations");
        assertEquals(0, outcome.left(), "units left");
    }

    @Test
    void lockedJooqReadSellsExactlyTheStock() {
        // the lock holder must go on before the others have read: they queue on the row lock
        Outcome outcome = reserveConcurrently("jooq-locked", BarrierHook.Wait.ALL_STARTED);
        assertEquals(STOCK, outcome.confirmed(), "confirmed reservations");
        assertEquals(0, outcome.left(), "units left");
    }

    private Outcome reserveConcurrently(String variant, BarrierHook.Wait wait) {
        long retriesBefore = retry.retries();
        String products = "/api/stock/" + variant + "/products";
        long id = postForId(products + "?available=" + STOCK);
        List<Integer> statuses = race("stock/" + variant, wait, i -> products + "/" + id + "/reserve?quantity=1");
        Outcome outcome = new Outcome(count(statuses, 200), getLong(products + "/" + id));
        report("stock/" + variant, N + " x reserve 1 of " + STOCK + " in stock",
                STOCK + " confirmed, 0 left", outcome.confirmed() + " confirmed, " + outcome.left() + " left", retriesBefore);
        return outcome;
    }

    record Outcome(long confirmed, long left) {
    }
}
