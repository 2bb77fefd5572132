package io.github.raceguard.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The findings a team has accepted: {@code raceguard-baseline.json}. A check run with a baseline
 * reports only findings that are not in it and counts the others
 * ({@link AnalysisResult#baselined()}).
 *
 * <p>An entry matches a finding on rule id, file (relative to the repository root), enclosing
 * member and a normalized snippet (the text of the finding's primary line with runs of whitespace
 * collapsed) — never on line numbers, so edits elsewhere in the file do not invalidate the
 * baseline. Entries form a multiset: two identical entries hide two identical findings, a third
 * one is reported. A finding whose file path differs only by a leading folder (the baseline was
 * written with another repository root, e.g. from inside a module) still matches.
 *
 * <p>The file is written in a deterministic order (file, member, rule, snippet) with LF line ends,
 * so it diffs cleanly under version control.
 */
public final class Baseline {

    /** Format version written to and required from the file. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::file)
            .thenComparing(Entry::member)
            .thenComparing(Entry::rule)
            .thenComparing(Entry::snippet);

    /**
     * One accepted finding.
     *
     * @param rule    rule id
     * @param file    path relative to the repository root, {@code /}-separated
     * @param member  {@link Finding#enclosingMember()}, or empty
     * @param snippet the primary line's text, trimmed, whitespace runs collapsed to one space
     */
    public record Entry(String rule, String file, String member, String snippet) {
        public Entry {
            rule = Objects.requireNonNullElse(rule, "");
            file = Objects.requireNonNullElse(file, "");
            member = Objects.requireNonNullElse(member, "");
            snippet = Objects.requireNonNullElse(snippet, "");
        }

        private String key() {
            return rule + '\u0000' + member + '\u0000' + snippet;
        }
    }

    private final List<Entry> entries;

    private Baseline(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        this.entries = List.copyOf(sorted);
    }

    /** The accepted findings, sorted. */
    public List<Entry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** The baseline that accepts every finding {@code result} reports. */
    public static Baseline of(AnalysisResult result) {
        SnippetReader snippets = new SnippetReader();
        List<Entry> entries = new ArrayList<>();
        for (Finding finding : result.findings()) {
            entries.add(entryFor(finding, result.sourceRoot(), snippets));
        }
        return new Baseline(entries);
    }

    /** Reads a baseline file. */
    public static Baseline read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(file + " is not a RaceGuard baseline (invalid JSON): " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IOException(file + " is not a RaceGuard baseline: expected a JSON object");
        }
        int version = root.path("version").asInt(-1);
        if (version != FORMAT_VERSION) {
            throw new IOException(file + ": unsupported baseline version " + root.path("version")
                    + " (this RaceGuard reads version " + FORMAT_VERSION + ")");
        }
        JsonNode findings = root.path("findings");
        if (!findings.isArray()) {
            throw new IOException(file + " is not a RaceGuard baseline: no \"findings\" array");
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode node : findings) {
            entries.add(new Entry(text(node, "rule"), text(node, "file"), text(node, "member"), text(node, "snippet")));
        }
        return new Baseline(entries);
    }

    /** Writes a baseline accepting every finding of {@code result} to {@code file}. */
    public static void write(AnalysisResult result, Path file) throws IOException {
        of(result).write(file);
    }

    /** Writes this baseline to {@code file}, creating missing parent folders. */
    public void write(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", FORMAT_VERSION);
        root.put("tool", "RaceGuard");
        ArrayNode findings = root.putArray("findings");
        for (Entry entry : entries) {
            ObjectNode node = findings.addObject();
            node.put("rule", entry.rule());
            node.put("file", entry.file());
            node.put("member", entry.member());
            node.put("snippet", entry.snippet());
        }
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        String text = JSON.writer(printer).writeValueAsString(root) + "\n";
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /**
     * Drops the findings this baseline accepts from {@code result}; they are counted in
     * {@link AnalysisResult#baselined()}. Each entry hides at most one finding.
     */
    public AnalysisResult apply(AnalysisResult result) {
        Map<String, List<Entry>> unused = new HashMap<>();
        for (Entry entry : entries) {
            unused.computeIfAbsent(entry.key(), k -> new ArrayList<>()).add(entry);
        }
        SnippetReader snippets = new SnippetReader();
        List<Finding> kept = new ArrayList<>();
        int hidden = 0;
        for (Finding finding : result.findings()) {
            Entry actual = entryFor(finding, result.sourceRoot(), snippets);
            List<Entry> candidates = unused.get(actual.key());
            Entry match = candidates == null ? null : bestMatch(candidates, actual.file());
            if (match != null) {
                candidates.remove(match);
                hidden++;
            } else {
                kept.add(finding);
            }
        }
        return result.withBaseline(kept, hidden);
    }

    /** The candidate with the same file, else one whose file differs only by leading folders. */
    private static Entry bestMatch(List<Entry> candidates, String file) {
        Entry suffixMatch = null;
        for (Entry candidate : candidates) {
            if (candidate.file().equals(file)) {
                return candidate;
            }
            if (suffixMatch == null && sameFileUnderOtherRoot(candidate.file(), file)) {
                suffixMatch = candidate;
            }
        }
        return suffixMatch;
    }

    private static boolean sameFileUnderOtherRoot(String a, String b) {
        return a.endsWith("/" + b) || b.endsWith("/" + a);
    }

    private static Entry entryFor(Finding finding, Path sourceRoot, SnippetReader snippets) {
        Location primary = finding.primary();
        Path file = primary == null ? null : primary.file();
        String snippet = file == null ? "" : snippets.line(resolve(file, sourceRoot), primary.line());
        return new Entry(finding.ruleId(), relativePath(file, sourceRoot), finding.enclosingMember(), snippet);
    }

    private static Path resolve(Path file, Path sourceRoot) {
        if (file.isAbsolute() || sourceRoot == null) {
            return file;
        }
        return sourceRoot.resolve(file);
    }

    /** {@code file} relative to {@code sourceRoot} when it lies below it, {@code /}-separated. */
    static String relativePath(Path file, Path sourceRoot) {
        if (file == null) {
            return "";
        }
        Path shown = file.normalize();
        if (sourceRoot != null && shown.isAbsolute()) {
            Path root = sourceRoot.toAbsolutePath().normalize();
            if (shown.startsWith(root)) {
                shown = root.relativize(shown);
            }
        }
        return shown.toString().replace('\\', '/');
    }

    /** Trims and collapses whitespace runs to a single space. */
    static String normalize(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    /** Reads each file once; a file that cannot be read yields empty snippets. */
    private static final class SnippetReader {
        private final Map<Path, List<String>> cache = new HashMap<>();

        String line(Path file, int line) {
            List<String> lines = cache.computeIfAbsent(file, SnippetReader::readLines);
            return line >= 1 && line <= lines.size() ? normalize(lines.get(line - 1)) : "";
        }

        private static List<String> readLines(Path file) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                return List.of();
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException e) {
                text = new String(bytes, StandardCharsets.ISO_8859_1);
            }
            return text.lines().toList();
        }
    }
}
