package io.github.raceguard.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.raceguard.cli.MainAccess;
import io.github.raceguard.report.SarifSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue acceptance on the real fixtures: {@code --format sarif --output out.sarif
 * test-fixtures/src/main/java} exits 1, the SARIF validates, and every lost-update result has a
 * code flow from the read to the write.
 */
class FixtureSarifTest {

    @TempDir
    Path dir;

    @Test
    void fixtureSarifIsValidAndEveryLostUpdateFlowsFromReadToWrite() throws Exception {
        Path out = dir.resolve("out.sarif");
        int exit = MainAccess.run("--format", "sarif", "--output", out.toString(), FixtureTest.FIXTURES.toString());
        assertEquals(1, exit);
        String json = java.nio.file.Files.readString(out);
        assertEquals(List.of(), SarifSchema.errors(json));

        JsonNode run = new ObjectMapper().readTree(json).get("runs").get(0);
        JsonNode results = run.get("results");
        assertTrue(results.size() >= 25, "fixture findings: " + results.size());
        int lostUpdates = 0;
        for (JsonNode result : results) {
            String uri = result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText();
            assertTrue(uri.startsWith("test-fixtures/src/main/java/"), "relative to the repository root: " + uri);
            assertTrue(result.get("partialFingerprints").get("primaryLocationLineHash").asText().matches("[0-9a-f]+:\\d+"));
            if (!result.get("ruleId").asText().startsWith("lost-update")) {
                continue;
            }
            lostUpdates++;
            JsonNode steps = result.get("codeFlows").get(0).get("threadFlows").get(0).get("locations");
            assertTrue(steps.size() >= 2, result.toString());
            String first = steps.get(0).get("location").get("message").get("text").asText();
            String last = steps.get(steps.size() - 1).get("location").get("message").get("text").asText();
            assertTrue(first.startsWith("reads "), "first step is the read: " + first);
            assertTrue(last.startsWith("writes "), "last step is the write: " + last);
            JsonNode related = result.get("relatedLocations");
            assertTrue(result.get("message").get("text").asText().contains("](1)"), "message links the read");
            assertEquals(1, related.get(0).get("id").asInt());
        }
        assertTrue(lostUpdates >= 25, "lost-update findings: " + lostUpdates);
    }
}
