package io.github.raceguard.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain-text report (SPEC §2), lines separated by {@code \n}:
 * <pre>
 * src/main/java/com/acme/OrderService.java:42:9: error [lost-update] message
 * raceguard: warning: src/main/java/com/acme/Broken.java:3: [lost-update] could not parse ...
 * RaceGuard: 3 findings (2 errors, 1 warning) in 12 files; 1 suppressed; 0 baselined; 1 notification.
 * </pre>
 * Findings first (one per line, {@code PATH:LINE:COLUMN: LEVEL [RULE-ID] message}, the message
 * being {@link Finding#plainMessage()}), then notifications
 * ({@code raceguard: LEVEL: [PATH[:LINE]: ][[RULE-ID] ]message}), then one summary line. PATH is
 * relative to the source root with forward slashes when the file lies under it, else the path
 * as given. Line breaks inside messages become spaces so every entry stays on one line.
 */
public final class TextReport {

    private TextReport() {
    }

    /** Writes the whole report to {@code out}. */
    public static void write(AnalysisResult r, Appendable out) throws IOException {
        for (Finding f : r.findings()) {
            out.append(formatFinding(f, r.sourceRoot())).append('\n');
        }
        for (Notification n : r.notifications()) {
            out.append(formatNotification(n, r.sourceRoot())).append('\n');
        }
        out.append(summary(r)).append('\n');
    }

    /** The whole report as a string. */
    public static String render(AnalysisResult r) {
        StringBuilder out = new StringBuilder();
        try {
            write(r, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen with a StringBuilder
        }
        return out.toString();
    }

    /** {@code PATH:LINE:COLUMN: LEVEL [RULE-ID] message}. */
    public static String formatFinding(Finding f, Path sourceRoot) {
        Location p = f.primary();
        return displayPath(sourceRoot, p.file()) + ":" + p.line() + ":" + p.column() + ": "
                + f.level().sarifName() + " [" + f.ruleId() + "] " + oneLine(f.plainMessage());
    }

    /** {@code raceguard: LEVEL: PATH[:LINE]: [RULE-ID] message}, parts omitted when unknown. */
    public static String formatNotification(Notification n, Path sourceRoot) {
        StringBuilder line = new StringBuilder("raceguard: ").append(n.level().sarifName()).append(": ");
        if (n.file() != null) {
            line.append(displayPath(sourceRoot, n.file()));
            if (n.line() >= 1) {
                line.append(':').append(n.line());
            }
            line.append(": ");
        }
        if (n.ruleId() != null) {
            line.append('[').append(n.ruleId()).append("] ");
        }
        return line.append(oneLine(n.message())).toString();
    }

    /**
     * {@code RaceGuard: 3 findings (2 errors, 1 warning) in 12 files; 1 suppressed; 0 baselined; 1 notification.}
     * The parenthesis lists only the levels that occur and is left out when there is no finding;
     * {@code ; 40 test files skipped (--include-tests)} follows the file count when test sources were left out.
     */
    public static String summary(AnalysisResult r) {
        int[] byLevel = new int[Level.values().length];
        r.findings().forEach(f -> byLevel[f.level().ordinal()]++);
        List<String> parts = new ArrayList<>();
        for (Level level : Level.values()) {
            if (byLevel[level.ordinal()] > 0) {
                parts.add(count(byLevel[level.ordinal()], level.sarifName()));
            }
        }
        StringBuilder line = new StringBuilder("RaceGuard: ").append(count(r.findings().size(), "finding"));
        if (!parts.isEmpty()) {
            line.append(" (").append(String.join(", ", parts)).append(')');
        }
        line.append(" in ").append(count(r.filesAnalyzed(), "file"));
        if (r.testFilesSkipped() > 0) {
            line.append("; ").append(count(r.testFilesSkipped(), "test file")).append(" skipped (--include-tests)");
        }
        return line.append("; ").append(r.suppressed().size()).append(" suppressed")
                .append("; ").append(r.baselined()).append(" baselined")
                .append("; ").append(count(r.notifications().size(), "notification"))
                .append('.').toString();
    }

    /** The path shown for {@code file}: relative to {@code sourceRoot} with '/' when under it. */
    public static String displayPath(Path sourceRoot, Path file) {
        if (file == null) {
            return "<unknown>";
        }
        String relative = SarifReport.relativePath(sourceRoot, file);
        return relative != null ? relative : file.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ");
    }
}
