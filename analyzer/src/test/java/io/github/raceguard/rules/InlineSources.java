package io.github.raceguard.rules;

import io.github.raceguard.Analysis;
import io.github.raceguard.AnalysisRequest;
import io.github.raceguard.report.Finding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs the analysis over a few small source files written to a folder (no classpath). */
final class InlineSources {
    private InlineSources() {
    }

    /** The findings of {@code rule}, as {@code File.java:line} strings in report order. */
    static List<String> lines(Path dir, String rule, Map<String, String> sources) throws Exception {
        return findings(dir, rule, sources).stream()
                .map(f -> f.primary().file().getFileName() + ":" + f.primary().line())
                .toList();
    }

    private static final Pattern MARKER = Pattern.compile("//\\s*expect:\\s*([\\w-]+(?:\\s*,\\s*[\\w-]+)*)\\s*$");

    /** Asserts that {@code rule} reports exactly the lines marked {@code // expect: RULE-ID} (SPEC §6), and returns its findings. */
    static List<Finding> assertMarked(Path dir, String rule, Map<String, String> sources) throws Exception {
        Set<String> expected = new TreeSet<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            String[] lines = source.getValue().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = MARKER.matcher(lines[i]);
                if (m.find() && List.of(m.group(1).split("\\s*,\\s*")).contains(rule)) {
                    expected.add(Path.of(source.getKey()).getFileName() + ":" + (i + 1));
                }
            }
        }
        List<Finding> found = findings(dir, rule, sources);
        Set<String> actual = new TreeSet<>();
        found.forEach(f -> actual.add(f.primary().file().getFileName() + ":" + f.primary().line()));
        assertEquals(expected, actual, () -> String.join("\n", found.stream().map(Finding::plainMessage).toList()));
        return found;
    }

    static List<Finding> findings(Path dir, String rule, Map<String, String> sources) throws Exception {
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = dir.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
        }
        return Analysis.run(new AnalysisRequest(List.of(dir), List.of(), Set.of(), dir, List.of())).findings().stream()
                .filter(f -> f.ruleId().equals(rule))
                .toList();
    }
}
