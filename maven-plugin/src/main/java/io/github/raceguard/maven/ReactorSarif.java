package io.github.raceguard.maven;

import io.github.raceguard.report.AnalysisResult;
import io.github.raceguard.report.Finding;
import io.github.raceguard.report.Notification;
import io.github.raceguard.rules.RuleDescriptor;
import org.apache.maven.execution.MavenSession;
import org.eclipse.aether.SessionData;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The modules' results of one build, for {@code aggregate}. There is no reliable way for a
 * module to know it is the last one to run {@code check} (modules may skip, fail or run in
 * parallel), so every module adds its result and rewrites the merged file: after the last module
 * it holds the whole reactor. The holder lives in the repository session's data, which all
 * modules of a build share (also the per-project session copies of a {@code -T} build).
 */
final class ReactorSarif {

    /** Writes the merged result. */
    interface Writer {
        void write(AnalysisResult merged) throws IOException;
    }

    private record Contribution(int reactorIndex, AnalysisResult result) {
    }

    private final Map<String, Contribution> byModule = new HashMap<>();

    static ReactorSarif forSession(MavenSession session) {
        SessionData data = session.getRepositorySession().getData();
        while (true) {
            Object existing = data.get(ReactorSarif.class);
            if (existing instanceof ReactorSarif) {
                return (ReactorSarif) existing;
            }
            ReactorSarif fresh = new ReactorSarif();
            if (data.set(ReactorSarif.class, existing, fresh)) {
                return fresh;
            }
        }
    }

    /** Adds (or replaces) one module's result and writes the merge of all results so far. */
    synchronized void add(String moduleId, int reactorIndex, AnalysisResult result, Writer writer) throws IOException {
        byModule.put(moduleId, new Contribution(reactorIndex, result));
        List<AnalysisResult> ordered = byModule.values().stream()
                .sorted(Comparator.comparingInt(Contribution::reactorIndex))
                .map(Contribution::result)
                .toList();
        writer.write(merge(ordered));
    }

    synchronized int size() {
        return byModule.size();
    }

    /**
     * One result for several modules: rules united in first-seen order, findings sorted by file,
     * line, column and rule, counts added up. The source root is the first module's (all modules
     * of a reactor share the repository root).
     */
    static AnalysisResult merge(List<AnalysisResult> results) {
        if (results.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        Map<String, RuleDescriptor> rules = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        List<Notification> notifications = new ArrayList<>();
        int baselined = 0;
        int files = 0;
        for (AnalysisResult result : results) {
            result.rules().forEach(rule -> rules.putIfAbsent(rule.id(), rule));
            findings.addAll(result.findings());
            suppressed.addAll(result.suppressed());
            notifications.addAll(result.notifications());
            baselined += result.baselined();
            files += result.filesAnalyzed();
        }
        findings.sort(ORDER);
        suppressed.sort(ORDER);
        Path root = results.get(0).sourceRoot();
        return new AnalysisResult(root, List.copyOf(rules.values()), findings, suppressed, baselined, notifications, files);
    }

    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> String.valueOf(f.primary().file()))
            .thenComparingInt(f -> f.primary().line())
            .thenComparingInt(f -> f.primary().column())
            .thenComparing(Finding::ruleId);
}
