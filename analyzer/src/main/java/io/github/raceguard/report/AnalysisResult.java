package io.github.raceguard.report;

import io.github.raceguard.rules.RuleDescriptor;

import java.nio.file.Path;
import java.util.List;

/**
 * What one analysis produced, in a deterministic order (file, line, column, rule).
 *
 * @param sourceRoot       the folder relative URIs are computed against (%SRCROOT%)
 * @param rules            the descriptors of every enabled rule, in catalog order
 * @param findings         reported findings (suppressed and baselined ones excluded)
 * @param suppressed       findings silenced by a suppression annotation or comment
 * @param baselined        number of findings hidden because the baseline already has them
 * @param notifications    tool notifications
 * @param filesAnalyzed    number of source files parsed and analyzed
 * @param testFilesSkipped number of test source files left out (command line without {@code --include-tests})
 */
public record AnalysisResult(Path sourceRoot, List<RuleDescriptor> rules, List<Finding> findings,
                             List<Finding> suppressed, int baselined,
                             List<Notification> notifications, int filesAnalyzed, int testFilesSkipped) {

    public AnalysisResult(Path sourceRoot, List<RuleDescriptor> rules, List<Finding> findings, List<Finding> suppressed,
                          int baselined, List<Notification> notifications, int filesAnalyzed) {
        this(sourceRoot, rules, findings, suppressed, baselined, notifications, filesAnalyzed, 0);
    }

    public AnalysisResult {
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        notifications = List.copyOf(notifications);
    }

    /** True when some reported finding is at least as severe as {@code threshold}. */
    public boolean hasFindingsAtLeast(Level threshold) {
        return threshold != null && findings.stream().anyMatch(f -> f.level().atLeast(threshold));
    }

    public AnalysisResult withBaseline(List<Finding> kept, int hidden) {
        return new AnalysisResult(sourceRoot, rules, kept, suppressed, baselined + hidden, notifications, filesAnalyzed, testFilesSkipped);
    }
}
