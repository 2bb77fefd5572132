package io.github.raceguard.rules;

import io.github.raceguard.Analysis;
import io.github.raceguard.AnalysisRequest;
import io.github.raceguard.report.AnalysisResult;
import io.github.raceguard.report.Finding;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fix advice speaks the stack of the code it is about (sources alone, as from the command line). */
class FixAdviceTest {

    private static List<Finding> findings(Path root, String rule) throws Exception {
        AnalysisResult result = Analysis.run(new AnalysisRequest(List.of(root), List.of(), Set.of(), root, List.of()));
        List<Finding> found = result.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
        assertFalse(found.isEmpty(), "no " + rule + " finding under " + root);
        return found;
    }

    @Test
    void quarkusFindingsNamePanacheLocksAndQuarkusTransaction() throws Exception {
        Path quarkus = FixtureTest.STACKS.resolve("quarkus/src/main/java");
        for (Finding f : findings(quarkus, "lost-update-weak-isolation")) {
            assertTrue(f.message().contains("LockModeType.PESSIMISTIC_WRITE"), f.message());
            assertFalse(f.message().contains("@Lock(PESSIMISTIC_WRITE)"), f.message());
        }
        for (Finding f : findings(quarkus, "missing-transaction")) {
            assertTrue(f.message().contains("QuarkusTransaction.requiringNew()"), f.message());
            assertFalse(f.message().contains("TransactionTemplate"), f.message());
        }
    }

    @Test
    void micronautAndEjbFindingsNameTheirOwnLocks() throws Exception {
        for (Finding f : findings(FixtureTest.STACKS.resolve("micronaut/src/main/java"), "lost-update-weak-isolation")) {
            assertTrue(f.message().contains("findByIdForUpdate"), f.message());
        }
        List<Finding> ejb = findings(FixtureTest.STACKS.resolve("jakartaee/src/main/java"), "lost-update-weak-isolation").stream()
                .filter(f -> f.message().contains("em.find(")).toList();
        assertFalse(ejb.isEmpty(), "an EJB finding should advise em.find(.., LockModeType.PESSIMISTIC_WRITE)");
    }

    @Test
    void springFindingsKeepSpringAdvice() throws Exception {
        Path wallet = FixtureTest.FIXTURES.resolve("com/example/wallet");
        for (Finding f : findings(wallet, "lost-update-weak-isolation")) {
            assertTrue(f.message().contains("@Lock(PESSIMISTIC_WRITE)"), f.message());
        }
    }
}
