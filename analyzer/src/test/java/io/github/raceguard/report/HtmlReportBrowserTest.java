package io.github.raceguard.report;

import io.github.raceguard.Analysis;
import io.github.raceguard.AnalysisRequest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renders the HTML report of the fixture tree (analyzed as FixtureTest does, with the fixtures'
 * classpath) to {@code target/raceguard-report.html} and looks at it in headless Chromium: the DOM
 * after the page's script ran ({@code --dump-dom}) and a screenshot
 * ({@code target/raceguard-report.png}). Skipped when no Chromium is installed.
 */
class HtmlReportBrowserTest {

    static final Path FIXTURES = Path.of("../test-fixtures/src/main/java").toAbsolutePath().normalize();
    static final Path FIXTURE_CLASSPATH = Path.of("../test-fixtures/target/fixture-classpath.txt");
    static final Path REPORT = Path.of("target/raceguard-report.html").toAbsolutePath();
    static final Path SCREENSHOT = Path.of("target/raceguard-report.png").toAbsolutePath();

    static Path chromium;
    static AnalysisResult result;

    @BeforeAll
    static void renderTheFixtureReport() throws Exception {
        chromium = findChromium();
        Assumptions.assumeTrue(chromium != null,
                "Chromium not found (/usr/bin/chromium or chromium on PATH): the HTML report's browser test is skipped."
                        + " Install it with apt-get install chromium.");
        List<Path> classpath = Files.exists(FIXTURE_CLASSPATH)
                ? Stream.of(Files.readString(FIXTURE_CLASSPATH).trim().split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList()
                : List.of();
        result = Analysis.run(new AnalysisRequest(List.of(FIXTURES), classpath, Set.of(), FIXTURES, List.of()));
        assertTrue(result.findings().size() > 25, "the fixtures carry findings");
        Files.createDirectories(REPORT.getParent());
        try (OutputStream out = Files.newOutputStream(REPORT)) {
            HtmlReport.write(result, out);
        }
    }

    static Path findChromium() {
        Path usual = Path.of("/usr/bin/chromium");
        if (Files.isExecutable(usual)) {
            return usual;
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                for (String name : List.of("chromium", "chromium-browser")) {
                    Path candidate = Path.of(dir, name);
                    if (Files.isExecutable(candidate)) {
                        return candidate;
                    }
                }
            }
        }
        return null;
    }

    /** Runs headless Chromium with a fresh profile; returns its standard output. */
    static String chromium(String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("raceguard-chromium");
        Path stdout = Files.createTempFile("raceguard-chromium", ".out");
        Path stderr = Files.createTempFile("raceguard-chromium", ".err");
        try {
            List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + profile));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("Chromium did not finish within 180 s: " + command);
            }
            String out = Files.readString(stdout, StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), () -> "Chromium failed: " + readQuietly(stderr));
            return out;
        } finally {
            deleteTree(profile);
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    static Document dom(String fragment) throws Exception {
        String dumped = chromium("--dump-dom", REPORT.toUri() + fragment);
        assertTrue(dumped.contains("raceguard-report"), "Chromium dumped the report's DOM: " + dumped.substring(0, Math.min(500, dumped.length())));
        return Jsoup.parse(dumped);
    }

    @Test
    void everyFindingIsShownWithItsFlowStepsInOrder() throws Exception {
        Document dom = dom("");
        Element root = dom.selectFirst("div.raceguard-report");
        assertEquals(String.valueOf(result.findings().size()), root.attr("data-visible"), "the script ran and counted every finding visible");
        Elements articles = dom.select("article.rg-finding");
        assertEquals(result.findings().size(), articles.size());
        assertTrue(articles.stream().noneMatch(a -> a.hasAttr("hidden")), "no filter: nothing hidden");

        List<String> expected = result.findings().stream().map(f -> key(f.ruleId(), f.level().sarifName(),
                TextReport.displayPath(result.sourceRoot(), f.primary().file()), f.primary().line())).sorted().toList();
        List<String> shown = articles.stream().map(a -> key(a.attr("data-rule"), a.attr("data-level"), a.attr("data-path"),
                Integer.parseInt(a.attr("data-line")))).sorted().toList();
        assertEquals(expected, shown, "each finding with its rule, level, file and line");

        int withFlow = 0;
        for (int i = 0; i < result.findings().size(); i++) {
            Finding finding = result.findings().get(i);
            Element article = dom.getElementById("rg-f" + (i + 1));
            assertEquals(finding.ruleId() + " " + finding.primary().line(), article.attr("data-rule") + " " + article.attr("data-line"));
            if (finding.flow().isEmpty()) {
                continue;
            }
            withFlow++;
            List<String> steps = article.select("ol.rg-flow > li.rg-step").stream()
                    .map(li -> li.attr("data-path") + ":" + li.attr("data-line")).toList();
            List<String> flow = finding.flow().stream()
                    .map(l -> TextReport.displayPath(result.sourceRoot(), l.file()) + ":" + l.line()).toList();
            assertEquals(flow, steps, "the flow of " + finding.plainMessage());
            // the step's source excerpt marks its own line
            Element firstStep = article.selectFirst("ol.rg-flow > li.rg-step");
            Element hit = firstStep.selectFirst(".rg-line.rg-hit .rg-ln");
            assertTrue(hit != null && hit.text().trim().equals(String.valueOf(finding.flow().get(0).line())), firstStep.outerHtml());
        }
        assertTrue(withFlow > 10, "fixtures with a read → modify → write flow: " + withFlow);

        // related locations in the message link to an element of the same finding
        for (Element link : dom.select("a.rg-related-link")) {
            String target = link.attr("href").substring(1);
            assertTrue(dom.getElementById(target) != null, "link target " + target);
        }
        Element fix = articles.first().selectFirst("details.rg-fix .rg-help");
        assertTrue(fix != null && fix.select("pre code").size() >= 1, "fix advice with its code examples");
        assertTrue(articles.first().selectFirst("details.rg-suppress").text().contains("@SuppressWarnings(\"raceguard:"));
    }

    @Test
    void theRuleInTheUrlFragmentFiltersTheFindings() throws Exception {
        Map<String, Long> byRule = result.findings().stream().collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
        assertTrue(byRule.size() >= 3, "several rules have findings: " + byRule);
        String rule = byRule.entrySet().stream().filter(e -> e.getValue() >= 2)
                .min(Comparator.comparingLong(Map.Entry::getValue)).orElseThrow().getKey();
        Document dom = dom("#rule=" + rule);
        Elements articles = dom.select("article.rg-finding");
        List<Element> visible = articles.stream().filter(a -> !a.hasAttr("hidden")).toList();
        assertEquals(byRule.get(rule).longValue(), visible.size(), "only the findings of " + rule + " are visible");
        assertTrue(visible.stream().allMatch(a -> a.attr("data-rule").equals(rule)));
        assertEquals(result.findings().size() - visible.size(), articles.stream().filter(a -> a.hasAttr("hidden")).count());
        assertEquals(rule, dom.selectFirst("div.raceguard-report").attr("data-filter-rule"));
        // file sections without a visible finding are hidden too
        for (Element file : dom.select("section.rg-file")) {
            boolean anyVisible = file.select("article.rg-finding").stream().anyMatch(a -> !a.hasAttr("hidden"));
            assertEquals(!anyVisible, file.hasAttr("hidden"), file.attr("data-path"));
        }
        assertTrue(dom.selectFirst(".rg-shown").text().startsWith(visible.size() + " of " + result.findings().size()));
    }

    @Test
    void ruleAndLevelTogether() throws Exception {
        Document dom = dom("#rule=lost-update,lost-update-weak-isolation,shared-mutable-state,check-then-act&level=warning");
        List<Element> visible = dom.select("article.rg-finding").stream().filter(a -> !a.hasAttr("hidden")).toList();
        long expected = result.findings().stream().filter(f -> f.level() == Level.WARNING
                && Set.of("lost-update", "lost-update-weak-isolation", "shared-mutable-state", "check-then-act").contains(f.ruleId())).count();
        assertTrue(expected > 0 && expected < result.findings().size(), "a real subset: " + expected);
        assertEquals(expected, visible.size());
        assertTrue(visible.stream().allMatch(a -> a.attr("data-level").equals("warning")));
    }

    @Test
    void screenshot() throws Exception {
        Files.deleteIfExists(SCREENSHOT);
        chromium("--screenshot=" + SCREENSHOT, "--window-size=1280,2000", REPORT.toUri().toString());
        assertTrue(Files.size(SCREENSHOT) > 10_000, "a screenshot of the report in " + SCREENSHOT);
        byte[] png = Files.readAllBytes(SCREENSHOT);
        assertFalse(png.length < 8 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G', "a PNG");
    }

    private static String key(String rule, String level, String path, int line) {
        return path + ":" + line + " " + level + " [" + rule + "]";
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
