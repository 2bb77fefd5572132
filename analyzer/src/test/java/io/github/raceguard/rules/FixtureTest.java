package io.github.raceguard.rules;

import io.github.raceguard.Analysis;
import io.github.raceguard.AnalysisRequest;
import io.github.raceguard.report.AnalysisResult;
import io.github.raceguard.report.Finding;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SPEC §6: every {@code // expect: RULE-ID} marker in test-fixtures has its finding on that line,
 * and no finding appears on a line without a marker — once with the fixtures' real compile
 * classpath, once from the sources alone.
 */
class FixtureTest {

    static final Path FIXTURES = Path.of("../test-fixtures/src/main/java").toAbsolutePath().normalize();
    static final Path FIXTURE_CLASSPATH = Path.of("../test-fixtures/target/fixture-classpath.txt");
    private static final Pattern MARKER = Pattern.compile("//\\s*expect:\\s*([\\w-]+(?:\\s*,\\s*[\\w-]+)*)\\s*$");

    @Test
    void markersMatchFindingsWithTheFixtureClasspath() throws Exception {
        assertTrue(Files.exists(FIXTURE_CLASSPATH), "test-fixtures must be built first (it writes " + FIXTURE_CLASSPATH + ")");
        List<Path> classpath = Stream.of(Files.readString(FIXTURE_CLASSPATH).trim().split(java.io.File.pathSeparator))
                .filter(s -> !s.isBlank()).map(Path::of).toList();
        assertTrue(classpath.size() > 10, "the fixture classpath should list the Spring jars");
        assertMarkersMatch(classpath);
    }

    @Test
    void markersMatchFindingsFromSourcesAlone() throws Exception {
        assertMarkersMatch(List.of());
    }

    private static void assertMarkersMatch(List<Path> classpath) throws Exception {
        AnalysisResult result = Analysis.run(new AnalysisRequest(List.of(FIXTURES), classpath, Set.of(), FIXTURES, List.of()));
        Set<String> expected = expectedMarkers();
        Set<String> actual = new TreeSet<>();
        for (Finding finding : result.findings()) {
            actual.add(key(finding.primary().file(), finding.primary().line(), finding.ruleId()));
        }
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> unexpected = new TreeSet<>(actual);
        unexpected.removeAll(expected);
        assertTrue(expected.size() >= 25, "the fixtures should carry at least 25 markers, found " + expected.size());
        assertEquals("", describe(missing, unexpected, result), "fixture markers and findings differ");
        assertEquals(0, result.notifications().stream().filter(n -> n.file() != null).count(),
                "fixtures should all parse: " + result.notifications());
    }

    private static String describe(Set<String> missing, Set<String> unexpected, AnalysisResult result) {
        StringBuilder text = new StringBuilder();
        missing.forEach(m -> text.append("missing finding:    ").append(m).append('\n'));
        for (String u : unexpected) {
            text.append("unexpected finding: ").append(u).append('\n');
            result.findings().stream().filter(f -> key(f.primary().file(), f.primary().line(), f.ruleId()).equals(u))
                    .forEach(f -> text.append("    ").append(f.plainMessage()).append('\n'));
        }
        return text.toString();
    }

    static Set<String> expectedMarkers() throws IOException {
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = MARKER.matcher(lines.get(i));
                    if (m.find()) {
                        for (String id : m.group(1).split(",")) {
                            expected.add(key(file, i + 1, id.trim()));
                        }
                    }
                }
            }
        }
        return expected;
    }

    private static String key(Path file, int line, String rule) {
        return FIXTURES.relativize(file.toAbsolutePath().normalize()) + ":" + line + " [" + rule + "]";
    }
}
