package io.github.raceguard.cli;

import io.github.raceguard.AnalysisProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --quiet}, the terminal progress line, and {@code --format html|gitlab} on the command line. */
class ProgressAndFormatsTest {

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    private Run run(long progressDelayNanos, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                progressDelayNanos);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path project() throws Exception {
        Path src = dir.resolve("src/main/java/shop");
        Files.createDirectories(src);
        Files.writeString(src.resolve("Product.java"), io.github.raceguard.report.ShopSources.ENTITY);
        Files.writeString(src.resolve("ProductRepository.java"), io.github.raceguard.report.ShopSources.REPOSITORY);
        Files.writeString(src.resolve("StockService.java"), io.github.raceguard.report.ShopSources.SERVICE);
        Files.createDirectories(dir.resolve(".git"));
        return dir.resolve("src/main/java");
    }

    @Test
    void onATerminalProgressGoesToStandardErrorAndTheLineIsErasedAfterwards() throws Exception {
        Run run = run(0, "--fail-on", "none", project().toString());
        assertEquals(Main.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("RaceGuard: parsing "), "progress shown: " + run.err());
        assertTrue(run.err().contains("RaceGuard: running the rules on "), run.err());
        assertTrue(run.err().endsWith("\r"), "the progress line is erased before the report: " + run.err());
        assertTrue(run.out().startsWith("src/main/java/shop/StockService.java:12:9: error [lost-update]"), run.out());
    }

    @Test
    void quietPrintsNothingOnStandardError() throws Exception {
        Run run = run(0, "--quiet", "--fail-on", "none", project().toString());
        assertEquals(Main.OK, run.exitCode());
        assertEquals("", run.err());
        assertTrue(run.out().contains("RaceGuard: 2 findings"), run.out());
    }

    @Test
    void withoutATerminalNoProgress() throws Exception {
        Run run = run(-1, "--fail-on", "none", project().toString());
        assertEquals("", run.err());
    }

    @Test
    void shortRunsStaySilentAndUpdatesAreThrottled() {
        AtomicLong now = new AtomicLong(0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalProgress progress = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), now::get,
                2_000_000_000L, 250_000_000L);
        progress.phaseStarted(AnalysisProgress.Phase.PARSE, 100);
        now.set(1_000_000_000L);
        progress.advanced(AnalysisProgress.Phase.PARSE, 10, 100);
        assertEquals("", bytes.toString(StandardCharsets.UTF_8), "nothing in the first two seconds");
        now.set(2_100_000_000L);
        progress.advanced(AnalysisProgress.Phase.PARSE, 40, 100);
        now.set(2_200_000_000L);
        progress.advanced(AnalysisProgress.Phase.PARSE, 41, 100); // within the interval: not shown
        now.set(2_400_000_000L);
        progress.advanced(AnalysisProgress.Phase.PARSE, 60, 100);
        progress.finish();
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertEquals("\rRaceGuard: parsing 40/100 files (40%), 2.1 s\rRaceGuard: parsing 60/100 files (60%), 2.4 s"
                + "\r" + " ".repeat(44) + "\r", shown);
    }

    @Test
    void formatOfTheProgressLine() {
        assertEquals("RaceGuard: parsing 120/480 files (25%), 3.4 s", TerminalProgress.format(AnalysisProgress.Phase.PARSE, 120, 480, 3_400_000_000L));
        assertEquals("RaceGuard: building the model of 480 files, 7.0 s", TerminalProgress.format(AnalysisProgress.Phase.MODEL, 0, 480, 7_000_000_000L));
        assertEquals("RaceGuard: running the rules on 480/480 files (100%), 9.9 s", TerminalProgress.format(AnalysisProgress.Phase.RULES, 480, 480, 9_940_000_000L));
    }

    @Test
    void htmlAndGitlabFormatsWriteTheirFilesAndTheSummaryToTheConsole() throws Exception {
        Path src = project();
        Path html = dir.resolve("out/raceguard.html");
        Run page = run(-1, "--format", "html", "--output", html.toString(), src.toString());
        assertEquals(Main.FINDINGS, page.exitCode(), page.err());
        String text = Files.readString(html);
        assertTrue(text.startsWith("<!DOCTYPE html>") && text.contains("class=\"raceguard-report\""), text.substring(0, 200));
        assertTrue(page.out().startsWith("RaceGuard: 2 findings"), page.out());

        Path gitlab = dir.resolve("gl-code-quality-report.json");
        Run quality = run(-1, "--format=gitlab", "--output", gitlab.toString(), src.toString());
        assertEquals(Main.FINDINGS, quality.exitCode(), quality.err());
        assertTrue(Files.readString(gitlab).contains("\"check_name\" : \"lost-update\""), Files.readString(gitlab));
        assertEquals(Main.USAGE_OR_FAILURE, run(-1, "--format", "pdf", src.toString()).exitCode());
    }
}
