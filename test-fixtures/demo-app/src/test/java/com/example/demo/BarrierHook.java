package com.example.demo;

import com.example.demo.support.RaceHook;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The test's {@link RaceHook}: forces the interleaving that loses data, deterministically.
 *
 * <p>A round is armed for one scenario and N requests. Each request counts down {@code started}
 * in {@link #beforeRead} and {@code read} in {@link #betweenReadAndWrite}, where it then waits:
 * <ul>
 *   <li>{@link Wait#ALL_READ} — until all N requests have read. No request writes before every
 *       request has read: each one decides on the same, soon stale, state. This is what the racy
 *       variants lose data under, and what the optimistic fixes (version, SERIALIZABLE, unique
 *       constraint, atomic UPDATE) must survive.</li>
 *   <li>{@link Wait#ALL_STARTED} — until all N requests have started to read. For the variants
 *       whose read takes a row lock ({@code SELECT ... FOR UPDATE}): there, "all have read" can
 *       never happen — the others wait for the lock the first one holds while it waits at the
 *       barrier, a deadlock. Instead the lock holder waits until every other request is on its way
 *       to the lock, so the others queue behind it while it sits between its read and its write;
 *       they reach this point one at a time, after the holder committed, and pass at once.</li>
 * </ul>
 * A retry calls the hook again after the round has opened and passes straight through. The wait
 * is bounded ({@link #TIMEOUT_SECONDS}) only to turn a bug into a failure instead of a hang: a
 * request that times out fails with 500 and the round records it. Nothing sleeps.
 */
public final class BarrierHook implements RaceHook {

    public enum Wait { ALL_READ, ALL_STARTED }

    static final long TIMEOUT_SECONDS = 20;

    private volatile Round round;

    /** Arms a round for {@code parties} requests of {@code scenario}. */
    public Round arm(String scenario, int parties, Wait wait) {
        Round armed = new Round(scenario, parties, wait);
        round = armed;
        return armed;
    }

    public void disarm() {
        round = null;
    }

    @Override
    public void beforeRead(String scenario) {
        Round current = round;
        if (current != null && current.accept(scenario)) {
            current.started.countDown();
        }
    }

    @Override
    public void betweenReadAndWrite(String scenario) {
        Round current = round;
        if (current == null || !current.accept(scenario)) {
            return;
        }
        current.read.countDown();
        CountDownLatch gate = current.wait == Wait.ALL_READ ? current.read : current.started;
        try {
            if (!gate.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                current.timedOut = true;
                throw new IllegalStateException(current.scenario + ": the barrier (" + current.wait + ") did not open within "
                        + TIMEOUT_SECONDS + " s; started " + (current.parties - current.started.getCount())
                        + ", read " + (current.parties - current.read.getCount()) + " of " + current.parties);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One armed race. */
    public static final class Round {

        final String scenario;
        final int parties;
        final Wait wait;
        final CountDownLatch started;
        final CountDownLatch read;
        final List<String> strays = new CopyOnWriteArrayList<>();
        volatile boolean timedOut;

        Round(String scenario, int parties, Wait wait) {
            this.scenario = scenario;
            this.parties = parties;
            this.wait = wait;
            this.started = new CountDownLatch(parties);
            this.read = new CountDownLatch(parties);
        }

        boolean accept(String calledFor) {
            if (scenario.equals(calledFor)) {
                return true;
            }
            strays.add(calledFor);
            return false;
        }

        /** Every request reached the point between its read and its write (at least once). */
        public boolean allRead() {
            return read.getCount() == 0;
        }

        public boolean timedOut() {
            return timedOut;
        }

        /** Hook calls for another scenario while this round was armed: the wrong code ran. */
        public List<String> strays() {
            return strays;
        }
    }
}
