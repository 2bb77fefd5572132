package com.example.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Catalogue rename next to atomic orders (stale-overwrite): one back-office rename reads an item
 * with {@value #STOCK} in stock, and while it sits between its read and its write, {@value #ORDERS}
 * orders each take one unit with an atomic {@code UPDATE ... SET stock = stock - 1}. Then the
 * rename writes. The interleaving is forced: a round of two parties, the rename and this test;
 * the test waits until the rename has read, sends the orders one after the other (each commits
 * before the next), and only then arrives at the barrier itself, which lets the rename write.
 */
class CatalogRaceTest extends RaceTestSupport {

    static final int STOCK = 10;
    static final int ORDERS = N - 1;

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void racyRenameCountsTheStockBackUp() {
        Outcome outcome = renameWhileOrdering("racy");
        assertEquals(ORDERS, outcome.ordered(), "every order is confirmed");
        assertEquals(STOCK, outcome.left(), "the rename wrote back the stock it read: every order is undone");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dynamic", "targeted"})
    void fixedRenameKeepsTheOrders(String variant) {
        Outcome outcome = renameWhileOrdering(variant);
        assertEquals(ORDERS, outcome.ordered(), "every order is confirmed");
        assertEquals(STOCK - ORDERS, outcome.left(), "units left");
    }

    private Outcome renameWhileOrdering(String variant) {
        String scenario = "catalog/" + variant;
        String items = "/api/catalog/" + variant + "/items";
        long id = postForId(items + "?name=old&stock=" + STOCK);
        String renamed = unique("new");
        BarrierHook.Round round = hook.arm(scenario, 2, BarrierHook.Wait.ALL_READ);
        try {
            CompletableFuture<HttpResponse<String>> rename = CLIENT.sendAsync(post(items + "/" + id + "/rename?name=" + renamed),
                    HttpResponse.BodyHandlers.ofString());
            awaitRead(round, rename);
            long ordered = 0;
            for (int i = 0; i < ORDERS; i++) {
                postForBody(items + "/" + id + "/order?quantity=1");
                ordered++;
            }
            // the second party: the rename goes on to its write
            hook.beforeRead(scenario);
            hook.betweenReadAndWrite(scenario);
            HttpResponse<String> done = rename.get(60, TimeUnit.SECONDS);
            assertEquals(200, done.statusCode(), scenario + ": rename " + done.body());
            assertFalse(round.timedOut(), scenario + ": the barrier timed out");
            assertEquals(java.util.List.of(), round.strays(), scenario + ": the hook was called for other scenarios");
            assertEquals(renamed, get(items + "/" + id + "/name").trim(), "the rename happened");
            Outcome outcome = new Outcome(ordered, getLong(items + "/" + id + "/stock"));
            report(scenario, "1 rename + " + ORDERS + " x order 1 of " + STOCK, ORDERS + " ordered, " + (STOCK - ORDERS) + " left",
                    outcome.ordered() + " ordered, " + outcome.left() + " left", retry.retries());
            return outcome;
        } catch (Exception e) {
            throw new AssertionError(scenario + ": " + e, e);
        } finally {
            hook.disarm();
        }
    }

    /** Until the rename request stands between its read and its write (bounded like the barrier). */
    private static void awaitRead(BarrierHook.Round round, CompletableFuture<?> rename) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BarrierHook.TIMEOUT_SECONDS);
        while (round.read.getCount() == 2) {
            assertFalse(rename.isDone(), "the rename finished before reaching the barrier");
            assertTrue(System.nanoTime() < deadline, "the rename did not read within " + BarrierHook.TIMEOUT_SECONDS + " s");
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    private HttpRequest post(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    record Outcome(long ordered, long left) {
    }
}
