package io.github.raceguard.flow;

import io.github.raceguard.Analysis;
import io.github.raceguard.AnalysisRequest;
import io.github.raceguard.report.AnalysisResult;
import io.github.raceguard.report.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Composition across methods solves recursion cycles to a fixed point and composes deep chains fully. */
class CallCompositionTest {

    @TempDir
    Path dir;

    private static final String DOMAIN = """
            package deep;
            import jakarta.persistence.*;
            import org.springframework.data.jpa.repository.JpaRepository;
            @Entity class Counter { @Id Long id; long value; long getValue() { return value; } void setValue(long v) { value = v; } }
            interface CounterRepository extends JpaRepository<Counter, Long> { }
            """;

    private AnalysisResult analyze(String service) throws Exception {
        Path src = dir.resolve("src/deep");
        Files.createDirectories(src);
        Files.writeString(src.resolve("Domain.java"), DOMAIN);
        Files.writeString(src.resolve("Service.java"), service);
        return Analysis.run(AnalysisRequest.of(List.of(dir.resolve("src")), List.of()));
    }

    @Test
    void mutualRecursionTerminatesAndTheReadModifyWriteIsStillFound() throws Exception {
        AnalysisResult result = analyze("""
                package deep;
                class Service {
                    private CounterRepository counters;
                    public void bump(long id, int n) {
                        Counter c = counters.findById(id).orElseThrow();
                        ping(c, n);
                        counters.save(c);
                    }
                    private void ping(Counter c, int n) { c.setValue(c.getValue() + 1); if (n > 0) pong(c, n - 1); }
                    private void pong(Counter c, int n) { if (n > 0) ping(c, n - 1); }
                    public void loop() { loop(); }
                }
                """);
        List<Finding> findings = result.findings();
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("lost-update", findings.get(0).ruleId());
        assertEquals(7, findings.get(0).primary().line());
    }

    @Test
    void aWriteMadeInsideARecursionCycleIsComposedIntoTheCaller() throws Exception {
        // ping changes the counter and recurses through pong, which writes it: only a fixed point
        // over the cycle tells bump that ping writes its argument, even when pong (declared first)
        // is summarized before ping
        AnalysisResult result = analyze("""
                package deep;
                class Service {
                    private CounterRepository counters;
                    private void pong(Counter c, int n) { if (n % 2 == 0) counters.save(c); else ping(c, n); }
                    private void ping(Counter c, int n) { if (n > 0) pong(c, n - 1); }
                    public void bump(long id, int n) {
                        Counter c = counters.findById(id).orElseThrow();
                        c.setValue(c.getValue() + 1);
                        ping(c, n);
                    }
                }
                """);
        List<Finding> findings = result.findings();
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("lost-update", findings.get(0).ruleId());
        assertEquals(9, findings.get(0).primary().line());
        assertTrue(result.notifications().stream().noneMatch(n -> n.message().contains("recursion")), result.notifications().toString());
    }

    @Test
    void aDeepChainIsComposedFully() throws Exception {
        StringBuilder service = new StringBuilder("package deep;\nclass Service {\n    private CounterRepository counters;\n");
        service.append("    public void top(long id) { Counter c = counters.findById(id).orElseThrow(); c.setValue(c.getValue() + 1); step0(c); }\n");
        int depth = 40;
        for (int i = 0; i < depth; i++) {
            service.append("    private void step").append(i).append("(Counter c) { step").append(i + 1).append("(c); }\n");
        }
        service.append("    private void step").append(depth).append("(Counter c) { counters.save(c); }\n}\n");
        AnalysisResult result = analyze(service.toString());
        List<Finding> findings = result.findings();
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("lost-update", findings.get(0).ruleId());
        assertEquals(4, findings.get(0).primary().line());
        assertEquals(depth + 4, findings.get(0).flow().size(), findings.get(0).flow().toString());
        assertTrue(result.notifications().isEmpty(), result.notifications().toString());
    }
}
