package com.example.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * RaceGuard on the demo: exactly the lines marked {@code // expect: RULE-ID} (SPEC §6) are
 * flagged, with that rule — every one of them in a {@code .racy} package, every racy service
 * flagged, nothing in a {@code .fixed} package. The load tests show that the same racy services
 * really lose data and the fixed ones do not.
 *
 * <p>Checked twice: the command line (the shaded {@code analyzer/target/raceguard.jar}, run
 * in-process in a class loader of its own so its libraries never meet Spring Boot's), and the
 * SARIF the Maven plugin wrote in this build ({@code raceguard:check} is bound before the tests).
 * Maven passes both paths; the PostgreSQL run ({@code -Pdemo-postgres}) leaves this tag out.
 */
@Tag("analysis")
class DemoAnalysisTest {

    static final Path SOURCES = Path.of("src/main/java").toAbsolutePath().normalize();
    private static final Pattern MARKER = Pattern.compile("//\\s*expect:\\s*([\\w-]+(?:\\s*,\\s*[\\w-]+)*)\\s*$");
    /** {@code PATH:LINE:COL: LEVEL [RULE-ID] message} */
    private static final Pattern TEXT_FINDING = Pattern.compile("^(.+\\.java):(\\d+):(\\d+): (\\w+) \\[([\\w-]+)\\] .*$");

    @Test
    void commandLineFlagsExactlyTheMarkedLinesFromSourcesAlone() throws Exception {
        CliRun run = runCli("src/main/java");
        assertEquals(1, run.exitCode(), "exit code (error-level findings)\n" + run.output());
        assertFindingsMatchMarkers(run.findings(), "command line, sources only");
    }

    @Test
    void commandLineFlagsExactlyTheMarkedLinesWithTheCompileClasspath() throws Exception {
        Path classpathFile = Path.of("target/demo-classpath.txt");
        assertTrue(Files.exists(classpathFile), classpathFile + " is written by the build (dependency:build-classpath)");
        String classpath = Files.readString(classpathFile).trim();
        CliRun run = runCli("--classpath", classpath, "src/main/java");
        assertEquals(1, run.exitCode(), "exit code (error-level findings)\n" + run.output());
        assertFindingsMatchMarkers(run.findings(), "command line, compile classpath");
    }

    @Test
    void mavenPluginFlagsExactlyTheMarkedLines() throws Exception {
        Path sarif = Path.of(required("raceguard.sarif"));
        assertTrue(Files.exists(sarif), sarif + " should have been written by raceguard:check (bound in process-classes)");
        JsonNode run = new ObjectMapper().readTree(sarif.toFile()).path("runs").path(0);
        assertEquals("RaceGuard", run.path("tool").path("driver").path("name").asText(), "tool name");
        Set<String> findings = new TreeSet<>();
        for (JsonNode result : run.path("results")) {
            JsonNode location = result.path("locations").path(0).path("physicalLocation");
            findings.add(key(location.path("artifactLocation").path("uri").asText(), location.path("region").path("startLine").asInt(),
                    result.path("ruleId").asText()));
        }
        assertFindingsMatchMarkers(findings, "Maven plugin SARIF");
    }

    @Test
    void markersSitExactlyInTheRacyServices() throws Exception {
        Set<String> racyFiles = new TreeSet<>();
        Set<String> markedFiles = new TreeSet<>();
        for (String marker : expectedMarkers()) {
            markedFiles.add(marker.substring(0, marker.indexOf(':')));
        }
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java") && f.getParent().getFileName().toString().equals("racy"))
                    .forEach(f -> racyFiles.add(SOURCES.relativize(f).toString().replace(File.separatorChar, '/')));
        }
        assertTrue(racyFiles.size() >= 6, "a racy service per domain at least: " + racyFiles);
        assertEquals(racyFiles, markedFiles, "every racy service, and nothing else, carries markers");
    }

    private static void assertFindingsMatchMarkers(Set<String> actual, String how) throws IOException {
        Set<String> expected = expectedMarkers();
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> unexpected = new TreeSet<>(actual);
        unexpected.removeAll(expected);
        StringBuilder differences = new StringBuilder();
        missing.forEach(m -> differences.append("missing finding (racy code not flagged): ").append(m).append('\n'));
        unexpected.forEach(u -> differences.append("unexpected finding: ").append(u).append('\n'));
        assertEquals("", differences.toString(), how + ": findings and markers differ");
        for (String finding : actual) {
            assertTrue(finding.contains("/racy/") && !finding.contains("/fixed/"), how + ": finding outside a racy package: " + finding);
        }
        System.out.printf("[analysis] %s: %d findings, all in .racy packages, one per marker%n", how, actual.size());
    }

    /** {@code com/example/demo/stock/racy/PlainStockReservation.java:52 [lost-update]} for every marker. */
    static Set<String> expectedMarkers() throws IOException {
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = MARKER.matcher(lines.get(i));
                    if (m.find()) {
                        for (String id : m.group(1).split(",")) {
                            expected.add(key(file.toString(), i + 1, id.trim()));
                        }
                    }
                }
            }
        }
        assertTrue(expected.size() >= 6, "markers: " + expected);
        return expected;
    }

    /**
     * Reports name files relative to the repository root (the git checkout, or the current folder
     * without one), so compare from the source root down.
     */
    private static String key(String path, int line, String rule) {
        String normalized = path.replace('\\', '/');
        int sourceRoot = normalized.lastIndexOf("src/main/java/");
        assertTrue(sourceRoot >= 0, "not under src/main/java: " + path);
        return normalized.substring(sourceRoot + "src/main/java/".length()) + ":" + line + " [" + rule + "]";
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        assertTrue(value != null && !value.isBlank(), "system property " + property + " is set by the Maven build (see the demo's pom.xml)");
        return value;
    }

    /** {@code io.github.raceguard.cli.Main.run(args, out, err)} from the shaded jar, in its own class loader. */
    private static CliRun runCli(String... args) throws Exception {
        Path jar = Path.of(required("raceguard.cli.jar"));
        assertTrue(Files.exists(jar), jar + " is built by the analyzer module (run the build from the repository root)");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
                PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            Method run = loader.loadClass("io.github.raceguard.cli.Main").getMethod("run", String[].class, PrintStream.class, PrintStream.class);
            exitCode = (int) run.invoke(null, args, outStream, errStream);
        }
        String output = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        Set<String> findings = new TreeSet<>();
        List<String> unparsed = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\\R")) {
            Matcher m = TEXT_FINDING.matcher(line);
            if (m.matches()) {
                findings.add(key(m.group(1), Integer.parseInt(m.group(2)), m.group(5)));
            } else if (line.contains(".java:")) {
                unparsed.add(line);
            }
        }
        assertEquals(List.of(), unparsed, "finding lines in an unexpected format");
        assertTrue(!output.contains("raceguard: warning:"), "no file should fail to parse:\n" + output);
        return new CliRun(exitCode, findings, output);
    }

    record CliRun(int exitCode, Set<String> findings, String output) {
    }
}
