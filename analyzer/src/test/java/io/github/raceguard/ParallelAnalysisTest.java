package io.github.raceguard;

import io.github.raceguard.cli.Main;
import io.github.raceguard.report.AnalysisResult;
import io.github.raceguard.report.Finding;
import io.github.raceguard.report.TextReport;
import io.github.raceguard.rules.RuleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fixture tree gives the same report on 1 and N threads and in any file order. */
class ParallelAnalysisTest {

    private static final Path FIXTURES = Path.of("../test-fixtures/src/main/java").toAbsolutePath().normalize();
    private static final Path FIXTURE_CLASSPATH = Path.of("../test-fixtures/target/fixture-classpath.txt");

    @TempDir
    Path dir;

    private String classpath() throws Exception {
        return Files.exists(FIXTURE_CLASSPATH) ? Files.readString(FIXTURE_CLASSPATH).trim() : "";
    }

    private String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertTrue(code == 0 || code == 1, "exit " + code + ": " + err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void textAndSarifAreByteIdenticalOnOneAndFourThreads() throws Exception {
        List<String> common = new ArrayList<>(List.of("--fail-on", "none", "--show-suppressed"));
        if (!classpath().isEmpty()) {
            common.addAll(List.of("--classpath", classpath()));
        }
        String text1 = cli(args(common, "--threads", "1", FIXTURES.toString()));
        String text4 = cli(args(common, "--threads", "4", FIXTURES.toString()));
        assertTrue(text1.contains("lost-update"), text1);
        assertEquals(text1, text4);

        Path sarif1 = dir.resolve("one.sarif");
        Path sarif4 = dir.resolve("four.sarif");
        cli(args(common, "--threads", "1", "--format", "sarif", "--output", sarif1.toString(), FIXTURES.toString()));
        cli(args(common, "--threads", "4", "--format", "sarif", "--output", sarif4.toString(), FIXTURES.toString()));
        byte[] one = Files.readAllBytes(sarif1);
        assertTrue(one.length > 10_000, "a SARIF report with the fixture findings");
        assertEquals(new String(one, StandardCharsets.UTF_8), Files.readString(sarif4));

        // the HTML and GitLab reports too: no time stamp, no order that depends on threads
        for (String format : List.of("html", "gitlab")) {
            Path report1 = dir.resolve("one." + format);
            Path report4 = dir.resolve("four." + format);
            cli(args(common, "--threads", "1", "--format", format, "--output", report1.toString(), FIXTURES.toString()));
            cli(args(common, "--threads", "4", "--format", format, "--output", report4.toString(), FIXTURES.toString()));
            assertTrue(Files.size(report1) > 10_000, format);
            assertEquals(Files.readString(report1), Files.readString(report4), format);
        }
    }

    private static String[] args(List<String> common, String... more) {
        List<String> all = new ArrayList<>(common);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void theFindingsDoNotDependOnTheOrderFilesAreDiscoveredIn() throws Exception {
        AnalysisRequest request = new AnalysisRequest(List.of(FIXTURES), List.of(), Set.of(), FIXTURES, List.of()).withThreads(2);
        AnalysisResult reference = Analysis.run(request, RuleCatalog.enabled(Set.of()), files -> files);
        assertTrue(reference.findings().size() > 25, "the fixtures carry findings");
        for (long seed : new long[] {1, 7, 42, 2024}) {
            AnalysisResult shuffled = Analysis.run(request, RuleCatalog.enabled(Set.of()), files -> {
                List<Path> copy = new ArrayList<>(files);
                Collections.shuffle(copy, new Random(seed));
                return copy;
            });
            assertEquals(describe(reference), describe(shuffled), "seed " + seed);
        }
    }

    /** Every finding as the text report prints it, with its related locations and code flow; then the notifications. */
    private static String describe(AnalysisResult result) {
        StringBuilder out = new StringBuilder();
        for (List<Finding> list : List.of(result.findings(), result.suppressed())) {
            for (Finding f : list) {
                out.append(TextReport.formatFinding(f, result.sourceRoot())).append(' ').append(f.related()).append(' ')
                        .append(f.flow()).append(' ').append(f.level()).append('\n');
            }
            out.append("--\n");
        }
        Set<String> notes = new TreeSet<>();
        result.notifications().forEach(n -> notes.add(n.toString()));
        return out.append(notes).toString();
    }
}
