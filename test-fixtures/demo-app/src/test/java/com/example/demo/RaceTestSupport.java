package com.example.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.demo.support.ConflictRetry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Runs the demo on a random loopback port and fires N concurrent HTTP requests at one endpoint,
 * with {@link BarrierHook} forcing the interleaving. Every load test shares this configuration, so
 * the application starts once for all of them. The database is H2, or whatever
 * {@code spring.datasource.url} names (the {@code demo-postgres} Maven profile: PostgreSQL).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.main.banner-mode=off",
        "logging.level.root=WARN",
        // serialization failures and constraint violations are expected here; the fixes handle them
        "logging.level.org.hibernate.engine.jdbc.spi.SqlExceptionHelper=OFF"})
@Import(RaceTestSupport.HookConfiguration.class)
abstract class RaceTestSupport {

    /** Concurrent requests per race (the connection pool has 20). */
    static final int N = 8;

    static final String DATABASE = System.getProperty("demo.database", "h2").toUpperCase(Locale.ROOT);

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @TestConfiguration(proxyBeanMethods = false)
    static class HookConfiguration {
        @Bean
        @Primary
        BarrierHook barrierHook() {
            return new BarrierHook();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    BarrierHook hook;

    @Autowired
    ConflictRetry retry;

    /** The statuses of N concurrent POSTs to {@code path.apply(i)}, under the forced interleaving. */
    List<Integer> race(String scenario, BarrierHook.Wait wait, IntFunction<String> path) {
        BarrierHook.Round round = hook.arm(scenario, N, wait);
        try {
            List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < N; i++) {
                responses.add(HTTP.sendAsync(post(path.apply(i)), HttpResponse.BodyHandlers.ofString()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> response : responses) {
                HttpResponse<String> done = response.get(60, TimeUnit.SECONDS);
                assertTrue(done.statusCode() == 200 || done.statusCode() == 409,
                        scenario + ": unexpected " + done.statusCode() + " " + done.body());
                statuses.add(done.statusCode());
            }
            assertFalse(round.timedOut(), scenario + ": the barrier timed out");
            assertTrue(round.allRead(), scenario + ": not every request reached the point between read and write");
            assertEquals(List.of(), round.strays(), scenario + ": the hook was called for other scenarios");
            return statuses;
        } catch (Exception e) {
            throw new AssertionError(scenario + ": " + e, e);
        } finally {
            hook.disarm();
        }
    }

    /** Protections that lock at the read cannot let all N read first; see {@link BarrierHook}. */
    static BarrierHook.Wait waitFor(String variant) {
        return variant.equals("locked") || variant.endsWith("-locked") ? BarrierHook.Wait.ALL_STARTED : BarrierHook.Wait.ALL_READ;
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    static long count(List<Integer> statuses, int status) {
        return statuses.stream().filter(s -> s == status).count();
    }

    String postForBody(String path) {
        return send(post(path), 200);
    }

    String get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build(), 200);
    }

    long getLong(String path) {
        return Long.parseLong(get(path).trim());
    }

    long postForId(String path) {
        return Long.parseLong(postForBody(path).trim());
    }

    private String send(HttpRequest request, int expectedStatus) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(expectedStatus, response.statusCode(), request.uri() + ": " + response.body());
            return response.body();
        } catch (IOException e) {
            throw new AssertionError(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private HttpRequest post(String path) {
        return HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

    /** A value no earlier run used (the PostgreSQL database outlives one test run). */
    static String unique(String prefix) {
        return prefix + "-" + Long.toString(UNIQUE.incrementAndGet(), 36);
    }

    /**
     * Prints what the race did, e.g.
     * {@code [H2] stock/racy  8 x reserve 1 of 3 in stock  expected: 3 confirmed, 0 left  observed: 8 confirmed, 2 left  INVARIANT BROKEN}.
     */
    void report(String scenario, String load, String expected, String observed, long retriesBefore) {
        boolean holds = expected.equals(observed);
        long retries = retry.retries() - retriesBefore;
        System.out.printf("[%s] %-24s %-35s expected: %-22s observed: %-22s %s%n", DATABASE, scenario, load, expected, observed,
                holds ? "invariant holds" + (retries > 0 ? " (" + retries + " retries)" : "") : "INVARIANT BROKEN");
    }
}
