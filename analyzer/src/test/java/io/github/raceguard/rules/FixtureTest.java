package io.github.raceguard.rules;

import io.github.raceguard.Analysis;
import io.github.raceguard.AnalysisRequest;
import io.github.raceguard.report.AnalysisResult;
import io.github.raceguard.report.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 *
 * <p>The Spring fixtures live in {@code test-fixtures/src/main/java}; fixtures of other stacks
 * (Quarkus, Jakarta EE, Micronaut, jOOQ, JDBI ...) each live in a module of their own under
 * {@code test-fixtures/stacks/NAME/}, compiled against that stack's real libraries (their
 * dependency sets clash with Spring Boot's), and each module writes its
 * {@code target/fixture-classpath.txt}. Every tree is checked on its own, both ways.
 */
class FixtureTest {

    static final Path FIXTURES = Path.of("../test-fixtures/src/main/java").toAbsolutePath().normalize();
    static final Path FIXTURE_CLASSPATH = Path.of("../test-fixtures/target/fixture-classpath.txt");
    static final Path STACKS = Path.of("../test-fixtures/stacks").toAbsolutePath().normalize();
    private static final Pattern MARKER = Pattern.compile("//\\s*expect:\\s*([\\w-]+(?:\\s*,\\s*[\\w-]+)*)\\s*$");

    /** One fixture tree: its sources, the classpath file its module writes, and its least marker count. */
    record Tree(String name, Path sources, Path classpathFile, int minimumMarkers) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Tree> trees() throws IOException {
        List<Tree> trees = new ArrayList<>();
        trees.add(new Tree("spring", FIXTURES, FIXTURE_CLASSPATH, 25));
        if (Files.isDirectory(STACKS)) {
            try (Stream<Path> modules = Files.list(STACKS)) {
                for (Path module : modules.sorted().toList()) {
                    Path sources = module.resolve("src/main/java");
                    if (Files.isDirectory(sources)) {
                        trees.add(new Tree(module.getFileName().toString(), sources,
                                module.resolve("target/fixture-classpath.txt"), 4));
                    }
                }
            }
        }
        return trees;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trees")
    void markersMatchFindingsWithTheFixtureClasspath(Tree tree) throws Exception {
        assertTrue(Files.exists(tree.classpathFile()), "test-fixtures must be built first (it writes " + tree.classpathFile() + ")");
        List<Path> classpath = Stream.of(Files.readString(tree.classpathFile()).trim().split(java.io.File.pathSeparator))
                .filter(s -> !s.isBlank()).map(Path::of).toList();
        assertTrue(classpath.size() > 3, "the fixture classpath should list the stack's jars: " + classpath);
        assertMarkersMatch(tree, classpath);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trees")
    void markersMatchFindingsFromSourcesAlone(Tree tree) throws Exception {
        assertMarkersMatch(tree, List.of());
    }

    private static void assertMarkersMatch(Tree tree, List<Path> classpath) throws Exception {
        Path root = tree.sources();
        AnalysisResult result = Analysis.run(new AnalysisRequest(List.of(root), classpath, Set.of(), root, List.of()));
        Set<String> expected = expectedMarkers(root);
        Set<String> actual = new TreeSet<>();
        for (Finding finding : result.findings()) {
            actual.add(key(root, finding.primary().file(), finding.primary().line(), finding.ruleId()));
        }
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> unexpected = new TreeSet<>(actual);
        unexpected.removeAll(expected);
        assertTrue(expected.size() >= tree.minimumMarkers(), "the fixtures of " + tree + " should carry at least "
                + tree.minimumMarkers() + " markers, found " + expected.size());
        assertEquals("", describe(root, missing, unexpected, result), "fixture markers and findings differ");
        assertEquals(0, result.notifications().stream().filter(n -> n.file() != null).count(),
                "fixtures should all parse: " + result.notifications());
    }

    private static String describe(Path root, Set<String> missing, Set<String> unexpected, AnalysisResult result) {
        StringBuilder text = new StringBuilder();
        missing.forEach(m -> text.append("missing finding:    ").append(m).append('\n'));
        for (String u : unexpected) {
            text.append("unexpected finding: ").append(u).append('\n');
            result.findings().stream().filter(f -> key(root, f.primary().file(), f.primary().line(), f.ruleId()).equals(u))
                    .forEach(f -> text.append("    ").append(f.plainMessage()).append('\n'));
        }
        return text.toString();
    }

    static Set<String> expectedMarkers(Path root) throws IOException {
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = MARKER.matcher(lines.get(i));
                    if (m.find()) {
                        for (String id : m.group(1).split(",")) {
                            expected.add(key(root, file, i + 1, id.trim()));
                        }
                    }
                }
            }
        }
        return expected;
    }

    private static String key(Path root, Path file, int line, String rule) {
        return root.relativize(file.toAbsolutePath().normalize()) + ":" + line + " [" + rule + "]";
    }
}
