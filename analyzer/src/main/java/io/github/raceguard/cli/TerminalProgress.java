package io.github.raceguard.cli;

import io.github.raceguard.AnalysisProgress;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress on a terminal's standard error: one line rewritten in place ({@code \r}), e.g.
 * {@code RaceGuard: parsing 1200/6238 files (19%), 4.1 s}. Nothing is shown before
 * {@code delay} has passed (short runs stay silent), then at most once per {@code interval};
 * {@link #finish()} erases the line so the report starts on a clean one.
 */
final class TerminalProgress implements AnalysisProgress {

    static final long DEFAULT_DELAY_NANOS = 2_000_000_000L;
    static final long DEFAULT_INTERVAL_NANOS = 250_000_000L;

    private final PrintStream err;
    private final LongSupplier clock;
    private final long delay;
    private final long interval;
    private final long start;
    private long lastShown = Long.MIN_VALUE;
    private int shownWidth;
    private Phase phase;
    private int total;

    TerminalProgress(PrintStream err, LongSupplier clock, long delayNanos, long intervalNanos) {
        this.err = err;
        this.clock = clock;
        this.delay = delayNanos;
        this.interval = intervalNanos;
        this.start = clock.getAsLong();
    }

    @Override
    public synchronized void phaseStarted(Phase started, int count) {
        phase = started;
        total = count;
        show(0, true);
    }

    @Override
    public synchronized void advanced(Phase current, int done, int count) {
        if (current == phase) {
            show(done, false);
        }
    }

    @Override
    public synchronized void phaseFinished(Phase finished, int count, long nanos) {
        if (finished == phase) {
            show(count, false);
        }
    }

    /** Erases the progress line, if one was shown. */
    synchronized void finish() {
        if (shownWidth > 0) {
            err.print("\r" + " ".repeat(shownWidth) + "\r");
            err.flush();
            shownWidth = 0;
        }
    }

    private void show(int done, boolean phaseChange) {
        long now = clock.getAsLong();
        if (now - start < delay || (!phaseChange && lastShown != Long.MIN_VALUE && now - lastShown < interval)) {
            return;
        }
        lastShown = now;
        String line = format(phase, done, total, now - start);
        err.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())));
        err.flush();
        shownWidth = Math.max(shownWidth, line.length());
    }

    /** The progress line: {@code RaceGuard: parsing 120/480 files (25%), 3.4 s}. */
    static String format(Phase phase, int done, int total, long elapsedNanos) {
        String seconds = String.format(Locale.ROOT, "%.1f s", elapsedNanos / 1e9);
        return switch (phase) {
            case PARSE -> "RaceGuard: parsing " + counted(done, total) + ", " + seconds;
            case MODEL -> "RaceGuard: building the model of " + total + " files, " + seconds;
            case RULES -> "RaceGuard: running the rules on " + counted(done, total) + ", " + seconds;
        };
    }

    private static String counted(int done, int total) {
        int percent = total <= 0 ? 100 : (int) (100L * done / total);
        return done + "/" + total + " files (" + percent + "%)";
    }
}
