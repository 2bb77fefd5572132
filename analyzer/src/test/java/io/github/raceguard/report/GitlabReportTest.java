package io.github.raceguard.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.raceguard.Analysis;
import io.github.raceguard.AnalysisRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GitLab Code Quality JSON: the fields GitLab requires, its severities, stable fingerprints. */
class GitlabReportTest {

    @TempDir
    Path dir;

    private static final Set<String> SEVERITIES = Set.of("info", "minor", "major", "critical", "blocker");

    private JsonNode analyze(String service) throws Exception {
        Path src = dir.resolve("src/main/java/shop");
        Files.createDirectories(src);
        Files.writeString(src.resolve("Product.java"), ShopSources.ENTITY);
        Files.writeString(src.resolve("ProductRepository.java"), ShopSources.REPOSITORY);
        Files.writeString(src.resolve("StockService.java"), service);
        AnalysisResult result = Analysis.run(new AnalysisRequest(List.of(dir.resolve("src/main/java")), List.of(), Set.of(), dir, List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GitlabReport.write(result, out);
        return new ObjectMapper().readTree(out.toByteArray());
    }

    @Test
    void everyIssueHasGitlabsRequiredFieldsWithTheirTypes() throws Exception {
        JsonNode report = analyze(ShopSources.SERVICE);
        assertTrue(report.isArray(), "a JSON array of issues");
        assertEquals(2, report.size(), report.toPrettyString());
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode issue : report) {
            assertTrue(issue.path("description").isTextual() && !issue.get("description").asText().isBlank(), issue.toString());
            assertTrue(issue.path("check_name").isTextual(), issue.toString());
            assertTrue(issue.path("fingerprint").isTextual() && fingerprints.add(issue.get("fingerprint").asText()), "unique fingerprint " + issue);
            assertTrue(SEVERITIES.contains(issue.path("severity").asText()), "GitLab severity: " + issue);
            assertTrue(issue.path("location").path("path").isTextual(), issue.toString());
            assertTrue(issue.path("location").path("lines").path("begin").isInt(), issue.toString());
            assertTrue(issue.get("location").get("lines").get("begin").asInt() >= 1);
        }
        JsonNode error = report.get(0);
        assertEquals("lost-update", error.get("check_name").asText());
        assertEquals("critical", error.get("severity").asText());
        assertEquals("src/main/java/shop/StockService.java", error.get("location").get("path").asText(), "relative to the repository root");
        assertEquals(12, error.get("location").get("lines").get("begin").asInt());
        assertTrue(error.get("description").asText().startsWith("Lost update: Product read here (StockService.java:10)"), error.toString());
        JsonNode warning = report.get(1);
        assertEquals("lost-update-weak-isolation", warning.get("check_name").asText());
        assertEquals("minor", warning.get("severity").asText());
    }

    @Test
    void severityMapping() {
        assertEquals("critical", GitlabReport.severity(Level.ERROR));
        assertEquals("minor", GitlabReport.severity(Level.WARNING));
        assertEquals("info", GitlabReport.severity(Level.NOTE));
    }

    @Test
    void aLineInsertedAboveKeepsTheFingerprintAndMovesTheLine() throws Exception {
        JsonNode before = analyze(ShopSources.SERVICE);
        JsonNode after = analyze(ShopSources.SERVICE.replace("//INSERT", "    private static final int UNRELATED = 1;\n//INSERT"));
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i).get("check_name"), after.get(i).get("check_name"));
            assertEquals(before.get(i).get("fingerprint"), after.get(i).get("fingerprint"), "fingerprint must not depend on the line number");
            assertEquals(before.get(i).get("location").get("lines").get("begin").asInt() + 1,
                    after.get(i).get("location").get("lines").get("begin").asInt());
        }
    }

    @Test
    void aChangeOfTheReportedLineChangesTheFingerprint() throws Exception {
        JsonNode before = analyze(ShopSources.SERVICE);
        JsonNode after = analyze(ShopSources.SERVICE.replace("products.save(p);", "products.save(p); // saved"));
        assertEquals("lost-update", after.get(0).get("check_name").asText());
        assertNotEquals(before.get(0).get("fingerprint"), after.get(0).get("fingerprint"));
    }

    @Test
    void anEmptyResultIsAnEmptyArray() throws Exception {
        JsonNode report = analyze(ShopSources.SERVICE.replace("products.save(p);", "").replace("p.setStock(p.getStock() + qty);", ""));
        assertEquals(0, report.size(), report.toString());
    }
}
