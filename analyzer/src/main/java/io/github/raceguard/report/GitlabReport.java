package io.github.raceguard.report;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * GitLab Code Quality report (the JSON array GitLab reads from {@code artifacts:reports:codequality}):
 * one issue per finding with {@code description}, {@code check_name} (the rule id),
 * {@code fingerprint}, {@code severity} and {@code location.path} / {@code location.lines.begin}.
 *
 * <p>Severities: error → {@code critical}, warning → {@code minor}, note → {@code info}.
 * The fingerprint is a SHA-256 of the rule id, the path relative to the repository root, the
 * enclosing member and the reported line's {@link LineHash} (the SARIF
 * {@code primaryLocationLineHash}), never the line number, so a finding keeps its fingerprint when
 * unrelated lines are added above it. When the file cannot be read, the message without its
 * line numbers stands in for the line hash. Two findings that would share a fingerprint get
 * {@code -2}, {@code -3} ... appended in report order, since GitLab keeps one issue per fingerprint.
 */
public final class GitlabReport {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private GitlabReport() {
    }

    /** Writes the Code Quality JSON array. Flushes but does not close {@code out}. */
    public static void write(AnalysisResult result, OutputStream out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        MAPPER.writer(printer).writeValue(out, toJson(result));
        out.write('\n');
        out.flush();
    }

    /** The report as a JSON array. */
    public static ArrayNode toJson(AnalysisResult result) {
        ArrayNode issues = NODES.arrayNode();
        SarifReport.Fingerprints lineHashes = new SarifReport.Fingerprints();
        Map<String, Integer> seen = new HashMap<>();
        for (Finding finding : result.findings()) {
            String path = TextReport.displayPath(result.sourceRoot(), finding.primary().file());
            String fingerprint = fingerprint(finding, path, lineHashes.forLocation(finding.primary()));
            int occurrence = seen.merge(fingerprint, 1, Integer::sum);
            if (occurrence > 1) {
                fingerprint += "-" + occurrence;
            }
            ObjectNode issue = issues.addObject();
            issue.put("description", finding.plainMessage().replaceAll("\\s*\\R\\s*", " "));
            issue.put("check_name", finding.ruleId());
            issue.put("fingerprint", fingerprint);
            issue.put("severity", severity(finding.level()));
            ObjectNode location = issue.putObject("location");
            location.put("path", path);
            location.putObject("lines").put("begin", Math.max(1, finding.primary().line()));
        }
        return issues;
    }

    /** GitLab's severity for a level: {@code critical}, {@code minor} or {@code info}. */
    public static String severity(Level level) {
        return switch (level) {
            case ERROR -> "critical";
            case WARNING -> "minor";
            case NOTE -> "info";
        };
    }

    static String fingerprint(Finding finding, String path, String lineHash) {
        String anchor = lineHash != null ? lineHash
                : finding.plainMessage().replaceAll(":\\d+", "");
        String key = finding.ruleId() + '\n' + path + '\n' + finding.enclosingMember() + '\n' + anchor;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
