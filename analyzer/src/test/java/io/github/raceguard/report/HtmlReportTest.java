package io.github.raceguard.report;

import io.github.raceguard.rules.RuleDescriptor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML report's markup without a browser: escaping, markdown, excerpts, determinism. */
class HtmlReportTest {

    @TempDir
    Path dir;

    private static final String EVIL = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&";

    private AnalysisResult result() throws Exception {
        Path src = dir.resolve("src/main/java/shop");
        Files.createDirectories(src);
        Path service = src.resolve("Service.java");
        Files.writeString(service, String.join("\n", "package shop;", "class Service {", "  void pay() {", "    Account a = repo.find(1);",
                "    a.balance -= 1; // <b>not bold</b>", "    repo.save(a);", "  }", "}", ""));
        Path other = src.resolve("Other.java");
        Files.writeString(other, "package shop;\nclass Other {\n  void helper() { repo.save(a); }\n}\n");
        Path missing = src.resolve("Gone.java");
        RuleDescriptor rule = new RuleDescriptor("lost-update", "LostUpdate", Level.ERROR, "Short " + EVIL, "Full",
                "Fix it **now** with `@Version " + EVIL + "` and [docs](https://example.org/a?b=1&c=\"2\") or [bad](javascript:alert(3)).\n\n"
                        + "- first *item*\n- second\n\n```java\nclass A { String s = \"" + EVIL + "\"; }\n```\n" + EVIL,
                List.of("concurrency"), "high");
        Finding withFlow = new Finding("lost-update", Level.ERROR, "Lost update: [read here](1) then " + EVIL + " [gone](2) [nothing](9)",
                new Location(service, 6, 5, 6, 16, "writes it back"),
                List.of(new Location(service, 4, 17, 4, 28, "read of Account"), new Location(missing, 3, 1, 3, 5, "elsewhere " + EVIL)),
                List.of(new Location(service, 4, 17, 4, 28, "read of Account"), new Location(service, 5, 5, 5, 18, "changed " + EVIL),
                        new Location(other, 3, 19, 3, 30, "written in another file")),
                "shop.Service#pay");
        Finding noFlow = new Finding("lost-update", Level.WARNING, "Plain message", new Location(missing, 2, 1, 2, 3, null),
                List.of(), List.of(), "shop.Gone#x");
        return new AnalysisResult(dir, List.of(rule), List.of(withFlow, noFlow),
                List.of(new Finding("lost-update", Level.ERROR, "suppressed " + EVIL, new Location(service, 6, 5, 6, 16, null),
                        List.of(), List.of(), "shop.Service#pay")), 3,
                List.of(Notification.forFile(Level.WARNING, missing, "could not read " + EVIL)), 2, 0);
    }

    private static String page(AnalysisResult result) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HtmlReport.write(result, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void everyTextIsEscapedAndOnlyOurOwnScriptRuns() throws Exception {
        String html = page(result());
        assertFalse(html.contains("<script>alert"), "no injected script");
        assertFalse(html.contains("<img"), "no injected element");
        assertFalse(html.contains("<b>not bold"), "source excerpts are escaped");
        Document dom = Jsoup.parse(html);
        assertEquals(1, dom.select("script").size(), "the report's own script only");
        assertEquals(0, dom.select("img, iframe, object, embed, link, [onerror], [onload]").size());
        assertTrue(dom.select("[src]").isEmpty(), "nothing loaded from anywhere: self-contained");
        for (Element link : dom.select("a[href]")) {
            String href = link.attr("href");
            assertTrue(href.startsWith("#") || href.startsWith("https://"), "only anchors and http(s) links: " + href);
        }
        Element help = dom.selectFirst("article#rg-f1 .rg-help");
        assertEquals("now", help.selectFirst("strong").text());
        assertEquals("@Version " + EVIL, help.selectFirst("p code").text(), "inline code keeps its text, escaped");
        assertEquals("https://example.org/a?b=1&c=\"2\"", help.selectFirst("a").attr("href"));
        assertEquals(List.of("first item", "second"), help.select("ul > li").eachText());
        assertEquals("item", help.selectFirst("li em").text());
        assertEquals("class A { String s = \"" + EVIL + "\"; }", help.selectFirst("pre code.language-java").wholeText().trim());
    }

    @Test
    void findingWithItsFlowRelatedLinksAndExcerpts() throws Exception {
        Document dom = Jsoup.parse(page(result()));
        Element finding = dom.getElementById("rg-f1");
        assertEquals("src/main/java/shop/Service.java", finding.attr("data-path"));
        assertEquals(List.of("4", "5", "3"), finding.select("ol.rg-flow > li.rg-step").eachAttr("data-line"));
        assertEquals("src/main/java/shop/Other.java", finding.select("ol.rg-flow > li.rg-step").get(2).attr("data-path"));
        // each step shows its lines around, its own marked
        Element read = finding.selectFirst("ol.rg-flow > li.rg-step");
        assertEquals("4", read.selectFirst(".rg-hit .rg-ln").text().trim());
        assertEquals(List.of("2", "3", "4", "5", "6"), read.select(".rg-ln").eachText().stream().map(String::trim).toList());
        assertTrue(read.selectFirst(".rg-hit").text().contains("Account a = repo.find(1);"));
        // related 1 is the first step; related 2 (a file that cannot be read) has its own entry without excerpt
        assertEquals("#rg-f1-r1", finding.select("a.rg-related-link").get(0).attr("href"));
        assertTrue(read.getElementById("rg-f1-r1") != null);
        Element gone = dom.getElementById("rg-f1-r2");
        assertTrue(gone.text().contains("elsewhere " + EVIL) && gone.text().contains("src/main/java/shop/Gone.java:3"), gone.text());
        assertNull(gone.selectFirst("pre"), "no excerpt for a file that cannot be read");
        assertTrue(finding.selectFirst(".rg-message").text().contains("nothing"), "a link to no related location stays text");
        assertTrue(finding.selectFirst("details.rg-suppress").text().contains("// raceguard:ignore lost-update reason on line 6"));

        Element plain = dom.getElementById("rg-f2");
        assertEquals(List.of("reported here"), plain.select("li.rg-step .rg-step-text").eachText(), "no flow, no related: the primary location");
        // grouped by file then rule
        assertEquals(List.of("src/main/java/shop/Gone.java", "src/main/java/shop/Service.java"), dom.select("section.rg-file").eachAttr("data-path"));
    }

    @Test
    void summaryCounts() throws Exception {
        Document dom = Jsoup.parse(page(result()));
        assertEquals("2", dom.selectFirst(".rg-card-findings .rg-card-n").text());
        assertEquals("1", dom.selectFirst(".rg-card-error .rg-card-n").text());
        assertEquals("1", dom.selectFirst(".rg-card-warning .rg-card-n").text());
        assertEquals("2", dom.selectFirst(".rg-card-files .rg-card-n").text());
        assertEquals("1", dom.selectFirst(".rg-card-suppressed .rg-card-n").text());
        assertEquals("3", dom.selectFirst(".rg-card-baselined .rg-card-n").text());
        assertEquals("1", dom.selectFirst(".rg-card-notifications .rg-card-n").text());
        assertEquals(List.of("lost-update", "error", "1", "1", "0", "2"), dom.selectFirst("tr.rg-rule-row").select("td").eachText()
                .stream().map(t -> t.startsWith("lost-update") ? "lost-update" : t).toList());
        assertTrue(dom.selectFirst(".rg-notifications").text().contains("could not read " + EVIL));
        assertTrue(dom.selectFirst(".rg-suppressed").text().contains("suppressed " + EVIL));
    }

    @Test
    void sameInputSameBytesAndTheFragmentIsOneDiv() throws Exception {
        AnalysisResult result = result();
        assertArrayEquals(page(result).getBytes(), page(result).getBytes());
        String fragment = HtmlReport.fragment(result);
        assertTrue(fragment.startsWith("<div class=\"raceguard-report\">") && fragment.endsWith("</div>\n"), fragment.substring(0, 60));
        Document dom = Jsoup.parseBodyFragment(fragment);
        assertEquals(1, dom.body().children().size(), "one element carrying its style and script");
        assertEquals(1, dom.select("div.raceguard-report > style").size());
        assertEquals(1, dom.select("div.raceguard-report > script").size());
        assertFalse(fragment.contains(dir.toString()), "no absolute path in the report");
    }
}
