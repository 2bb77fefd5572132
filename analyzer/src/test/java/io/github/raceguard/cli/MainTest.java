package io.github.raceguard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line of SPEC §2: exit codes, text format, options. */
class MainTest {

    @TempDir
    Path dir;

    // the shop with one lost update (StockService.java:12, read on line 10) and one under weak isolation (line 18)
    private static final String ENTITY = io.github.raceguard.report.ShopSources.ENTITY;
    private static final String REPOSITORY = io.github.raceguard.report.ShopSources.REPOSITORY;
    private static final String SERVICE = io.github.raceguard.report.ShopSources.SERVICE;

    record Run(int exitCode, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path project() throws Exception {
        Path src = dir.resolve("src/main/java/shop");
        Files.createDirectories(src);
        Files.writeString(src.resolve("Product.java"), ENTITY);
        Files.writeString(src.resolve("ProductRepository.java"), REPOSITORY);
        Files.writeString(src.resolve("StockService.java"), SERVICE);
        Files.createDirectories(dir.resolve(".git")); // makes dir the repository root for relative paths
        return dir.resolve("src/main/java");
    }

    @Test
    void textFormatOneLinePerFindingAndExitCodeOne() throws Exception {
        Run run = run(project().toString());
        assertEquals(Main.FINDINGS, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).matches("src/main/java/shop/StockService\\.java:12:9: error \\[lost-update] Lost update: .*"), lines.get(0));
        assertTrue(lines.get(1).matches("src/main/java/shop/StockService\\.java:18:9: warning \\[lost-update-weak-isolation] .*"), lines.get(1));
        assertTrue(lines.get(0).contains("StockService.java:10"), "names the read's line: " + lines.get(0));
        assertTrue(lines.get(lines.size() - 1).startsWith("RaceGuard: 2 findings"), lines.get(lines.size() - 1));
    }

    @Test
    void testSourcesAreSkippedUnlessIncludeTestsAndTheSummaryCountsThem() throws Exception {
        project();
        // the same racy service copied into every kind of test source set / test module
        List<String> testFolders = List.of("src/test/java/shop", "src/it/java/shop", "src/testFixtures/java/shop",
                "src/integrationTest/java/shop", "integration-tests/app/src/main/java/shop", "shop-test-support/src/main/java/shop");
        for (String folder : testFolders) {
            Path copy = dir.resolve(folder);
            Files.createDirectories(copy);
            Files.writeString(copy.resolve("Product.java"), ENTITY);
            Files.writeString(copy.resolve("ProductRepository.java"), REPOSITORY);
            Files.writeString(copy.resolve("StockService.java"), SERVICE);
        }
        Run byDefault = run("--fail-on", "none", dir.toString());
        assertEquals(Main.OK, byDefault.exitCode(), byDefault.err());
        List<String> lines = byDefault.out().lines().toList();
        assertEquals(3, lines.size(), byDefault.out());
        assertTrue(lines.stream().limit(2).allMatch(l -> l.startsWith("src/main/java/shop/StockService.java:")), byDefault.out());
        assertTrue(lines.get(2).startsWith("RaceGuard: 2 findings (1 error, 1 warning) in 3 files; 18 test files skipped"), lines.get(2));

        Run included = run("--fail-on", "none", "--include-tests", dir.toString());
        List<String> all = included.out().lines().toList();
        assertEquals(2 * (1 + testFolders.size()) + 1, all.size(), included.out());
        assertTrue(all.get(all.size() - 1).startsWith("RaceGuard: 14 findings (7 errors, 7 warnings) in 21 files; 0 suppressed"),
                all.get(all.size() - 1));
    }

    @Test
    void aCheckoutNamedLikeATestModuleIsNotItselfSkipped() throws Exception {
        Path checkout = dir.resolve("orders-test");
        Path src = checkout.resolve("src/main/java/shop");
        Files.createDirectories(src);
        Files.writeString(src.resolve("Product.java"), ENTITY);
        Files.writeString(src.resolve("ProductRepository.java"), REPOSITORY);
        Files.writeString(src.resolve("StockService.java"), SERVICE);
        Run run = run("--fail-on", "none", checkout.toString());
        assertTrue(run.out().contains("RaceGuard: 2 findings (1 error, 1 warning) in 3 files; 0 suppressed"), run.out());
    }

    @Test
    void outsideAGitRepositoryUrisAreRelativeToTheGivenPathNeverAbsolute() throws Exception {
        // a tree without .git, analyzed from a working directory it does not lie under (the build's)
        Path tree = dir.resolve("unpacked");
        Path src = tree.resolve("src/main/java/shop");
        Files.createDirectories(src);
        Files.writeString(src.resolve("Product.java"), ENTITY);
        Files.writeString(src.resolve("ProductRepository.java"), REPOSITORY);
        Files.writeString(src.resolve("StockService.java"), SERVICE);
        Run text = run("--fail-on", "none", tree.toString());
        assertTrue(text.out().startsWith("src/main/java/shop/StockService.java:12:9: error [lost-update]"), text.out());

        Path sarif = dir.resolve("report.sarif");
        run("--format", "sarif", "--output", sarif.toString(), tree.toString());
        JsonNode result = new ObjectMapper().readTree(sarif.toFile()).get("runs").get(0).get("results").get(0);
        String uri = result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText();
        assertEquals("src/main/java/shop/StockService.java", uri);
        assertFalse(uri.startsWith("/") || uri.startsWith("file:"), uri);
    }

    @Test
    void failOnThresholds() throws Exception {
        Path src = project();
        assertEquals(Main.OK, run("--fail-on", "none", src.toString()).exitCode());
        assertEquals(Main.FINDINGS, run("--fail-on", "warning", "--disable", "lost-update", src.toString()).exitCode());
        assertEquals(Main.OK, run("--disable", "lost-update", src.toString()).exitCode(), "only a warning is left");
        assertEquals(Main.OK, run("--disable=lost-update,lost-update-weak-isolation", "--fail-on=note", src.toString()).exitCode());
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertEquals(Main.USAGE_OR_FAILURE, run().exitCode());
        assertEquals(Main.USAGE_OR_FAILURE, run("--format", "xml", "x").exitCode());
        assertEquals(Main.USAGE_OR_FAILURE, run("--fail-on", "fatal", "x").exitCode());
        assertEquals(Main.USAGE_OR_FAILURE, run("--no-such-option", "x").exitCode());
        Run unknownRule = run("--disable", "no-such-rule", project().toString());
        assertEquals(Main.USAGE_OR_FAILURE, unknownRule.exitCode());
        assertTrue(unknownRule.err().contains("no-such-rule"));
        assertEquals(Main.USAGE_OR_FAILURE, run(dir.resolve("missing").toString()).exitCode());
        assertEquals(Main.OK, run("--help").exitCode());
    }

    @Test
    void brokenFileIsANotificationAndTheOthersAreStillAnalyzed() throws Exception {
        Path src = project();
        Files.writeString(src.resolve("shop/Broken.java"), "package shop; public class Broken { void x( { }");
        Path sarif = dir.resolve("out/report.sarif");
        Run run = run("--format", "sarif", "--output", sarif.toString(), src.toString());
        assertEquals(Main.FINDINGS, run.exitCode(), run.err());
        JsonNode log = new ObjectMapper().readTree(sarif.toFile());
        JsonNode sarifRun = log.get("runs").get(0);
        assertEquals(2, sarifRun.get("results").size());
        JsonNode notifications = sarifRun.get("invocations").get(0).get("toolExecutionNotifications");
        assertEquals(1, notifications.size());
        assertTrue(notifications.get(0).toString().contains("Broken.java"), notifications.toString());
        assertTrue(run.out().startsWith("RaceGuard: 2 findings"), "summary on the console: " + run.out());

        Run text = run(src.toString());
        assertTrue(text.out().contains("Broken.java") && text.out().contains("Could not be parsed"), text.out());
    }

    @Test
    void baselineHidesKnownFindingsOnly() throws Exception {
        Path src = project();
        Path baseline = dir.resolve("raceguard-baseline.json");
        assertEquals(Main.OK, run("--write-baseline", baseline.toString(), src.toString()).exitCode());
        Run accepted = run("--baseline", baseline.toString(), src.toString());
        assertEquals(Main.OK, accepted.exitCode(), accepted.out());
        assertTrue(accepted.out().contains("2 baselined"), accepted.out());

        Path service = src.resolve("shop/StockService.java");
        Files.writeString(service, Files.readString(service).replace("    @Transactional\n    public void give", """
                    public void drain(long id) {
                        Product p = products.findById(id).orElseThrow();
                        p.setStock(p.getStock() - 1);
                        products.save(p);
                    }

                    @Transactional
                    public void give"""));
        Run withNew = run("--baseline", baseline.toString(), src.toString());
        assertEquals(Main.FINDINGS, withNew.exitCode(), withNew.out());
        assertEquals(1, withNew.out().lines().filter(l -> l.contains("[lost-update]")).count(), withNew.out());
        assertTrue(withNew.out().contains("drain"), withNew.out());
    }

    @Test
    void suppressionsAreCountedNotLost() throws Exception {
        Path src = project();
        Path service = src.resolve("shop/StockService.java");
        Files.writeString(service, Files.readString(service)
                .replace("        products.save(p);", "        products.save(p); // raceguard:ignore lost-update single-instance admin tool")
                .replace("    @Transactional\n", "    @Transactional\n    @SuppressWarnings(\"raceguard:lost-update-weak-isolation\")\n"));
        Run run = run("--show-suppressed", src.toString());
        assertEquals(Main.OK, run.exitCode(), run.out());
        assertFalse(run.out().lines().anyMatch(l -> l.startsWith("src/")), run.out());
        assertTrue(run.out().contains("2 suppressed"), run.out());
        assertTrue(run.out().contains("Suppressed:"), run.out());
    }
}
