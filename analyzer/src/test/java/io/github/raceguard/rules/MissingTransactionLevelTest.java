package io.github.raceguard.rules;

import io.github.raceguard.Analysis;
import io.github.raceguard.AnalysisRequest;
import io.github.raceguard.report.AnalysisResult;
import io.github.raceguard.report.Finding;
import io.github.raceguard.report.Level;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17: a missing transaction whose partial completion only loses a log line, spans a call to
 * another system, or is best effort per loop item is a note; its racy twins stay warnings
 * (fixtures in com.example.realcode.transactions, whose markers FixtureTest checks).
 */
class MissingTransactionLevelTest {

    private static final Path PACKAGE = FixtureTest.FIXTURES.resolve("com/example/realcode/transactions");
    private static final Pattern METHOD = Pattern.compile("Missing transaction: (\\w+)\\(\\)");

    @Test
    void harmlessShapesAreNotesAndTheirTwinsWarnings() throws Exception {
        AnalysisResult result = Analysis.run(new AnalysisRequest(List.of(PACKAGE), List.of(), Set.of(), FixtureTest.FIXTURES, List.of()));
        Map<String, Level> levels = new TreeMap<>();
        for (Finding finding : result.findings()) {
            if (finding.ruleId().equals("missing-transaction")) {
                Matcher m = METHOD.matcher(finding.plainMessage());
                assertTrue(m.find(), finding.plainMessage());
                levels.put(m.group(1), finding.level());
                if (finding.level() == Level.NOTE) {
                    assertTrue(finding.plainMessage().contains("Ranked as a note: "), finding.plainMessage());
                }
            }
        }
        assertEquals(new TreeMap<>(Map.of(
                "delete", Level.NOTE,
                "create", Level.NOTE,
                "gatewayOffline", Level.NOTE,
                "disable", Level.WARNING,
                "place", Level.WARNING,
                "createIndexedFirst", Level.WARNING,
                "gatewayOfflineAll", Level.WARNING,
                "gatewayOfflineGuarded", Level.WARNING)), levels);
    }

    @Test
    void logEntityNames() {
        for (String log : List.of("LoginLogDO", "LitemallLog", "SysOperLog", "SysLogininfor", "AuditEvent", "OperateLogs",
                "com.x.AuditTrail", "sys_oper_log", "audit_event", "logs")) {
            assertTrue(MissingTransactionRule.isLogEntity(log), log);
        }
        for (String other : List.of("Blog", "Catalog", "Dialog", "OrderHistory", "PaymentRecord", "LogisticsOrder",
                "blog", "catalog", "login_user", "Value")) {
            assertFalse(MissingTransactionRule.isLogEntity(other), other);
        }
    }
}
