package io.github.raceguard.report;

import io.github.raceguard.rules.RuleDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextReportTest {

    @TempDir
    Path root;

    private static final RuleDescriptor LOST_UPDATE = new RuleDescriptor("lost-update", "LostUpdate", Level.ERROR,
            "Read-modify-write without a lock or version check.", "Full.", "Fix it.", List.of("concurrency"), "high");

    @Test
    void findingsNotificationsAndSummary() {
        Path service = root.resolve("src/main/java/com/acme/OrderService.java");
        Path outside = Path.of("/elsewhere/Other.java").toAbsolutePath();
        Location read = new Location(service, 10, 9, 10, 30, "read here");
        Finding error = new Finding("lost-update", Level.ERROR,
                "Update of `balance` read at [the read](1)\nis lost.",
                new Location(service, 14, 13, 14, 40, "written"), List.of(read), List.of(), "com.acme.OrderService#pay");
        Finding warning = new Finding("stale-check", Level.WARNING, "Check [here](2) is stale.",
                new Location(outside, 3, 1, 3, 5, null), List.of(read), List.of(), "x.Other#m");
        Finding note = new Finding("lost-update", Level.NOTE, "Note.",
                new Location(root.resolve("A.java"), 1, 2, 1, 2, null), List.of(), List.of(), "A#m");

        AnalysisResult r = new AnalysisResult(root, List.of(LOST_UPDATE), List.of(error, warning, note),
                List.of(note), 2,
                List.of(new Notification(Level.WARNING, "could not parse: unexpected token", root.resolve("src/Broken.java"), 3, null),
                        new Notification(Level.NOTE, "rule failed on one method", null, 0, "lost-update"),
                        Notification.forFile(Level.ERROR, root.resolve("B.java"), "unreadable")),
                12);

        String expected = String.join("\n",
                "src/main/java/com/acme/OrderService.java:14:13: error [lost-update] Update of `balance` read at the read (OrderService.java:10) is lost.",
                outside + ":3:1: warning [stale-check] Check here is stale.",
                "A.java:1:2: note [lost-update] Note.",
                "raceguard: warning: src/Broken.java:3: could not parse: unexpected token",
                "raceguard: note: [lost-update] rule failed on one method",
                "raceguard: error: B.java: unreadable",
                "RaceGuard: 3 findings (1 error, 1 warning, 1 note) in 12 files; 1 suppressed; 2 baselined; 3 notifications.",
                "");
        assertEquals(expected, TextReport.render(r));
    }

    @Test
    void emptyResultIsJustTheSummary() {
        AnalysisResult r = new AnalysisResult(root, List.of(LOST_UPDATE), List.of(), List.of(), 0, List.of(), 1);
        assertEquals("RaceGuard: 0 findings in 1 file; 0 suppressed; 0 baselined; 0 notifications.\n", TextReport.render(r));
    }

    @Test
    void pluralsAndGrouping() {
        Location at = new Location(root.resolve("A.java"), 1, 1, 1, 1, null);
        Finding e = new Finding("lost-update", Level.ERROR, "m", at, List.of(), List.of(), "A#m");
        AnalysisResult r = new AnalysisResult(root, List.of(LOST_UPDATE), List.of(e, e), List.of(), 0,
                List.of(Notification.forFile(Level.WARNING, null, "x")), 0);
        assertEquals("RaceGuard: 2 findings (2 errors) in 0 files; 0 suppressed; 0 baselined; 1 notification.",
                TextReport.summary(r));
        StringBuilder out = new StringBuilder();
        try {
            TextReport.write(r, out);
        } catch (java.io.IOException ex) {
            throw new AssertionError(ex);
        }
        assertEquals("A.java:1:1: error [lost-update] m\nA.java:1:1: error [lost-update] m\nraceguard: warning: x\n"
                + TextReport.summary(r) + "\n", out.toString());
    }

    @Test
    void pathsUseForwardSlashesRelativeToTheRoot() {
        assertEquals("a/b/C.java", TextReport.displayPath(root, root.resolve("a").resolve("b").resolve("C.java")));
        assertEquals("a/b/C.java", TextReport.displayPath(root, root.resolve("x/../a/b/C.java")));
        Path sibling = root.resolveSibling(root.getFileName() + "-other").resolve("C.java");
        assertEquals(sibling.toString(), TextReport.displayPath(root, sibling));
    }
}
