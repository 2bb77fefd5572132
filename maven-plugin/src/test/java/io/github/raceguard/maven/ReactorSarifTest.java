package io.github.raceguard.maven;

import io.github.raceguard.report.AnalysisResult;
import io.github.raceguard.report.Finding;
import io.github.raceguard.report.Level;
import io.github.raceguard.report.Location;
import io.github.raceguard.report.Notification;
import io.github.raceguard.rules.RuleDescriptor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReactorSarifTest {

    private static final Path ROOT = Path.of("/repo").toAbsolutePath();
    private static final RuleDescriptor LOST_UPDATE = rule("lost-update");
    private static final RuleDescriptor MISSING_TX = rule("missing-transaction");

    @Test
    void mergeUnitesRulesSortsFindingsAndAddsCounts() {
        AnalysisResult services = new AnalysisResult(ROOT, List.of(LOST_UPDATE, MISSING_TX),
                List.of(finding("services/B.java", 9), finding("services/A.java", 30)),
                List.of(finding("services/C.java", 1)), 2,
                List.of(Notification.forFile(Level.WARNING, ROOT.resolve("services/X.java"), "cannot parse")), 5);
        AnalysisResult domain = new AnalysisResult(ROOT, List.of(LOST_UPDATE),
                List.of(finding("domain/D.java", 3)), List.of(), 1, List.of(), 4);

        AnalysisResult merged = ReactorSarif.merge(List.of(domain, services));

        assertEquals(ROOT, merged.sourceRoot());
        assertEquals(List.of("lost-update", "missing-transaction"), merged.rules().stream().map(RuleDescriptor::id).toList());
        assertEquals(List.of("domain/D.java", "services/A.java", "services/B.java"),
                merged.findings().stream().map(f -> ROOT.relativize(f.primary().file()).toString().replace('\\', '/')).toList());
        assertEquals(1, merged.suppressed().size());
        assertEquals(3, merged.baselined());
        assertEquals(1, merged.notifications().size());
        assertEquals(9, merged.filesAnalyzed());
    }

    @Test
    void eachModuleCountsOnceInReactorOrderWhateverTheCompletionOrder() throws IOException {
        ReactorSarif reactor = new ReactorSarif();
        List<AnalysisResult> written = new ArrayList<>();
        AnalysisResult services = result("services/S.java");
        AnalysisResult domain = result("domain/D.java");

        reactor.add("g:services", 2, services, written::add);
        reactor.add("g:domain", 1, domain, written::add);
        reactor.add("g:services", 2, services, written::add); // a second execution replaces

        assertEquals(3, written.size());
        assertEquals(2, reactor.size());
        AnalysisResult last = written.get(2);
        assertEquals(2, last.findings().size());
        assertEquals(List.of(ROOT.resolve("domain/D.java"), ROOT.resolve("services/S.java")),
                last.findings().stream().map(f -> f.primary().file()).toList());
        assertEquals(2, last.filesAnalyzed());
    }

    private static AnalysisResult result(String file) {
        return new AnalysisResult(ROOT, List.of(LOST_UPDATE), List.of(finding(file, 1)), List.of(), 0, List.of(), 1);
    }

    private static Finding finding(String file, int line) {
        return new Finding("lost-update", Level.ERROR, "m", new Location(ROOT.resolve(file), line, 1, line, 5, null),
                List.of(), List.of(), "a.B#c");
    }

    private static RuleDescriptor rule(String id) {
        return new RuleDescriptor(id, id, Level.ERROR, "s", "f", "h", List.of(), "high");
    }
}
