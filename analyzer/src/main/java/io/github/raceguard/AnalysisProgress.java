package io.github.raceguard;

/**
 * Hears how far an analysis is: for each part of the tree (one, unless the heap forces several),
 * the phases {@link Phase#PARSE parse}, {@link Phase#MODEL model} and {@link Phase#RULES rules}
 * in that order, each started, advanced and finished. A result answered from the cache reports
 * no phase. {@link #advanced} is called from the worker threads, so an implementation must be
 * thread-safe; the counts it receives only grow within a phase. The listener must not throw.
 */
public interface AnalysisProgress {

    /** The phases of one part of the analysis, in the order they run. */
    enum Phase {
        /** Reading and parsing the source files; counted in files. */
        PARSE("parse", "parsed", "files"),
        /** Building the project model (indexes, call graph, persistence facts); one step. */
        MODEL("model", "built the model of", "files"),
        /** Running the rules file by file; counted in files. */
        RULES("rules", "ran the rules on", "files");

        private final String label;
        private final String done;
        private final String unit;

        Phase(String label, String done, String unit) {
            this.label = label;
            this.done = done;
            this.unit = unit;
        }

        /** {@code parse}, {@code model} or {@code rules}. */
        public String label() {
            return label;
        }

        /** What a finished phase did, as a verb phrase: {@code parsed}, {@code ran the rules on} ... */
        public String doneVerb() {
            return done;
        }

        public String unit() {
            return unit;
        }
    }

    /**
     * One line for a finished phase, e.g. {@code RaceGuard: parsed 62 files in 1.2 s} or
     * {@code RaceGuard: ran the rules on 62 files in 0.8 s} (the Maven plugin logs these).
     */
    static String describe(Phase phase, int count, long nanos) {
        return "RaceGuard: " + phase.doneVerb() + " " + count + " " + (count == 1 ? "file" : phase.unit())
                + " in " + String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    /** Reports nothing. */
    AnalysisProgress NONE = new AnalysisProgress() {
    };

    /** {@code phase} starts on {@code total} items. */
    default void phaseStarted(Phase phase, int total) {
    }

    /** {@code done} of {@code total} items of {@code phase} are finished (any thread). */
    default void advanced(Phase phase, int done, int total) {
    }

    /** {@code phase} is finished: {@code count} items in {@code nanos} nanoseconds. */
    default void phaseFinished(Phase phase, int count, long nanos) {
    }
}
