package io.github.raceguard.report;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.raceguard.rules.RuleDescriptor;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link AnalysisResult} as SARIF 2.1.0 for GitHub code scanning (SPEC §3).
 *
 * <p>Paths under {@link AnalysisResult#sourceRoot()} become percent-encoded relative URIs with
 * {@code uriBaseId} {@value #SRCROOT}; other files become absolute {@code file:} URIs. Each result
 * carries {@code partialFingerprints.primaryLocationLineHash} computed with {@link LineHash} from
 * the current text of its file (omitted when the file cannot be read or has no such line, in which
 * case {@code upload-sarif} computes it).
 */
public final class SarifReport {

    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String SARIF_VERSION = "2.1.0";
    public static final String TOOL_NAME = "RaceGuard";
    public static final String INFORMATION_URI = "https://github.com/raceguard/raceguard";
    public static final String SRCROOT = "%SRCROOT%";
    public static final String FINGERPRINT_KEY = "primaryLocationLineHash";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private SarifReport() {
    }

    /** Writes a SARIF log with one run for {@code r}. Flushes but does not close {@code out}. */
    public static void write(AnalysisResult r, String automationId, String toolVersion, OutputStream out)
            throws IOException {
        writeRuns(List.of(run(r, automationId, toolVersion)), out);
    }

    /** The whole SARIF log (one run) as a JSON tree. */
    public static ObjectNode toJson(AnalysisResult r, String automationId, String toolVersion) {
        return log(List.of(run(r, automationId, toolVersion)));
    }

    /**
     * Writes a SARIF log holding the given runs (built with {@link #run}); for callers producing
     * one run per module. Note that GitHub rejects two runs with the same tool and
     * {@code automationDetails} category in one upload. Flushes but does not close {@code out}.
     */
    public static void writeRuns(List<ObjectNode> runs, OutputStream out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        MAPPER.writer(printer).writeValue(out, log(runs));
        out.write('\n');
        out.flush();
    }

    private static ObjectNode log(List<ObjectNode> runs) {
        ObjectNode log = NODES.objectNode();
        log.put("$schema", SCHEMA_URI);
        log.put("version", SARIF_VERSION);
        ArrayNode array = log.putArray("runs");
        runs.forEach(array::add);
        return log;
    }

    /** One SARIF {@code run} object for {@code r}. */
    public static ObjectNode run(AnalysisResult r, String automationId, String toolVersion) {
        Uris uris = new Uris(r.sourceRoot());
        ObjectNode run = NODES.objectNode();

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", TOOL_NAME);
        if (toolVersion != null && !toolVersion.isEmpty()) {
            driver.put("version", toolVersion);
        }
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (RuleDescriptor rule : r.rules()) {
            ruleIndex.putIfAbsent(rule.id(), rules.size());
            rules.add(rule(rule));
        }

        if (automationId != null && !automationId.isEmpty()) {
            run.putObject("automationDetails").put("id", automationId);
        }
        if (uris.rootUri != null) {
            run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", uris.rootUri);
        }

        run.put("columnKind", "utf16CodeUnits");

        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        if (!r.notifications().isEmpty()) {
            ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
            for (Notification n : r.notifications()) {
                notifications.add(notification(n, uris, ruleIndex));
            }
        }

        ArrayNode results = run.putArray("results");
        Fingerprints fingerprints = new Fingerprints();
        for (Finding f : r.findings()) {
            results.add(result(f, uris, ruleIndex, fingerprints));
        }

        ObjectNode properties = run.putObject("properties");
        properties.put("suppressedCount", r.suppressed().size());
        properties.put("baselinedCount", r.baselined());
        properties.put("analyzedFileCount", r.filesAnalyzed());
        return run;
    }

    private static ObjectNode rule(RuleDescriptor rule) {
        ObjectNode node = NODES.objectNode();
        node.put("id", rule.id());
        if (rule.name() != null) {
            node.put("name", rule.name());
        }
        node.putObject("shortDescription").put("text", rule.shortDescription());
        node.putObject("fullDescription").put("text", rule.fullDescription());
        ObjectNode help = node.putObject("help");
        help.put("text", rule.helpText());
        help.put("markdown", rule.helpMarkdown());
        node.putObject("defaultConfiguration").put("level", rule.defaultLevel().sarifName());
        ObjectNode properties = node.putObject("properties");
        ArrayNode tags = properties.putArray("tags");
        rule.tags().forEach(tags::add);
        if (rule.precision() != null) {
            properties.put("precision", rule.precision());
        }
        // flat key with a dot, as CodeQL writes it and GitHub reads it
        properties.put("problem.severity", problemSeverity(rule.defaultLevel()));
        return node;
    }

    /** GitHub's {@code problem.severity} for a level: error, warning or recommendation. */
    public static String problemSeverity(Level level) {
        return switch (level) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "recommendation";
        };
    }

    private static ObjectNode result(Finding f, Uris uris, Map<String, Integer> ruleIndex,
                                     Fingerprints fingerprints) {
        ObjectNode node = NODES.objectNode();
        node.put("ruleId", f.ruleId());
        Integer index = ruleIndex.get(f.ruleId());
        if (index != null) {
            node.put("ruleIndex", index);
        }
        node.put("level", f.level().sarifName());
        node.putObject("message").put("text", f.message());

        ObjectNode primary = NODES.objectNode();
        primary.set("physicalLocation", physicalLocation(f.primary(), uris));
        node.putArray("locations").add(primary);

        if (!f.related().isEmpty()) {
            ArrayNode related = node.putArray("relatedLocations");
            for (int i = 0; i < f.related().size(); i++) {
                related.add(location(f.related().get(i), uris, i + 1));
            }
        }

        if (!f.flow().isEmpty()) {
            ArrayNode steps = node.putArray("codeFlows").addObject()
                    .putArray("threadFlows").addObject()
                    .putArray("locations");
            for (Location step : f.flow()) {
                steps.addObject().set("location", location(step, uris, 0));
            }
        }

        String fingerprint = fingerprints.forLocation(f.primary());
        if (fingerprint != null) {
            node.putObject("partialFingerprints").put(FINGERPRINT_KEY, fingerprint);
        }
        return node;
    }

    /** A {@code location} with its message; {@code id} is written when positive. */
    private static ObjectNode location(Location location, Uris uris, int id) {
        ObjectNode node = NODES.objectNode();
        if (id > 0) {
            node.put("id", id);
        }
        node.set("physicalLocation", physicalLocation(location, uris));
        if (location.message() != null && !location.message().isEmpty()) {
            node.putObject("message").put("text", location.message());
        }
        return node;
    }

    private static ObjectNode physicalLocation(Location location, Uris uris) {
        ObjectNode node = NODES.objectNode();
        node.set("artifactLocation", uris.artifactLocation(location.file()));
        if (location.line() >= 1) {
            ObjectNode region = node.putObject("region");
            region.put("startLine", location.line());
            if (location.column() >= 1) {
                region.put("startColumn", location.column());
            }
            int endLine = location.endLine() >= location.line() ? location.endLine() : location.line();
            if (location.endLine() >= 1) {
                region.put("endLine", endLine);
            }
            if (location.column() >= 1 && location.endColumn() >= 1) {
                // Location.endColumn is inclusive, SARIF's is the column after the last character
                int endColumn = location.endColumn() + 1;
                if (endLine == location.line() && endColumn <= location.column()) {
                    endColumn = location.column() + 1;
                }
                region.put("endColumn", endColumn);
            }
        }
        return node;
    }

    private static ObjectNode notification(Notification n, Uris uris, Map<String, Integer> ruleIndex) {
        ObjectNode node = NODES.objectNode();
        if (n.file() != null) {
            ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
            physical.set("artifactLocation", uris.artifactLocation(n.file()));
            if (n.line() >= 1) {
                physical.putObject("region").put("startLine", n.line());
            }
        }
        node.putObject("message").put("text", n.message());
        node.put("level", n.level().sarifName());
        if (n.ruleId() != null) {
            ObjectNode rule = node.putObject("associatedRule");
            rule.put("id", n.ruleId());
            Integer index = ruleIndex.get(n.ruleId());
            if (index != null) {
                rule.put("index", index);
            }
        }
        return node;
    }

    // ---------------------------------------------------------------------------------------
    // paths and URIs

    /**
     * {@code file} relative to {@code root} with forward slashes (not encoded), or {@code null}
     * when {@code file} does not lie under {@code root}. Compares normalized absolute paths first,
     * then real paths (so a symlinked root still matches).
     */
    public static String relativePath(Path root, Path file) {
        if (root == null || file == null) {
            return null;
        }
        Path r = root.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        if (!f.startsWith(r) || f.equals(r)) {
            try {
                if (!Files.exists(r) || !Files.exists(f)) {
                    return null;
                }
                r = r.toRealPath();
                f = f.toRealPath();
            } catch (IOException | SecurityException e) {
                return null;
            }
            if (!f.startsWith(r) || f.equals(r)) {
                return null;
            }
        }
        StringBuilder out = new StringBuilder();
        for (Path name : r.relativize(f)) {
            if (!out.isEmpty()) {
                out.append('/');
            }
            out.append(name);
        }
        return out.toString();
    }

    /**
     * Percent-encodes a relative path for a SARIF {@code uri}: UTF-8 bytes other than RFC 3986
     * unreserved characters, sub-delimiters, {@code @} and the {@code /} separators are encoded
     * (so spaces become {@code %20} and a colon can never be read as a scheme).
     */
    public static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=@/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** The absolute {@code file:} URI of a path, ASCII-only; with a trailing slash when asked. */
    public static String fileUri(Path path, boolean directory) {
        String uri = path.toAbsolutePath().normalize().toUri().toASCIIString();
        if (directory && !uri.endsWith("/")) {
            uri += "/";
        }
        return uri;
    }

    private static final class Uris {
        final Path root;
        final String rootUri;

        Uris(Path root) {
            this.root = root;
            this.rootUri = root == null ? null : fileUri(root, true);
        }

        ObjectNode artifactLocation(Path file) {
            ObjectNode node = NODES.objectNode();
            String relative = relativePath(root, file);
            if (relative != null) {
                node.put("uri", encodePath(relative));
                node.put("uriBaseId", SRCROOT);
            } else if (file != null) {
                node.put("uri", fileUri(file, false));
            }
            return node;
        }
    }

    /** Reads each primary file once and hashes its lines (also used by {@link GitlabReport}). */
    static final class Fingerprints {
        private final Map<Path, List<String>> byFile = new HashMap<>();

        String forLocation(Location location) {
            if (location.file() == null || location.line() < 1) {
                return null;
            }
            Path file = location.file().toAbsolutePath().normalize();
            List<String> hashes = byFile.computeIfAbsent(file, Fingerprints::hash);
            return location.line() <= hashes.size() ? hashes.get(location.line() - 1) : null;
        }

        private static List<String> hash(Path file) {
            try {
                return LineHash.lineHashes(file);
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        }
    }
}
