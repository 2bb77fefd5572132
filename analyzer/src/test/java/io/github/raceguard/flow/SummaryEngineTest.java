package io.github.raceguard.flow;

import com.github.javaparser.ast.body.MethodDeclaration;
import io.github.raceguard.model.ModelFixtures;
import io.github.raceguard.model.ProjectModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A recursion cycle is solved to a fixed point: its summaries do not depend on which method is asked first. */
class SummaryEngineTest {

    @TempDir
    Path dir;

    private static final String DOMAIN = """
            package t;
            import jakarta.persistence.*;
            import org.springframework.data.jpa.repository.JpaRepository;
            @Entity class Counter { @Id Long id; long value; long getValue() { return value; } void setValue(long v) { value = v; } }
            interface CounterRepository extends JpaRepository<Counter, Long> { }
            """;

    // a() reads the counter, changes it and calls b(); b() calls a() again and writes its parameter:
    // a's lost update needs b's summary, and b's summary is only known once the cycle is solved
    private static final String SERVICE = """
            package t;
            class Service {
                private CounterRepository counters;
                void b(Counter c, int n) { if (n > 0) a(c.id, n - 1); counters.save(c); }
                void a(Long id, int n) {
                    Counter c = counters.findById(id).orElseThrow();
                    c.setValue(c.getValue() + 1);
                    b(c, n);
                }
            }
            """;

    private ProjectModel model(String name) throws Exception {
        return ModelFixtures.model(dir.resolve(name), Map.of("t/Domain.java", DOMAIN, "t/Service.java", SERVICE));
    }

    private static MethodDeclaration method(ProjectModel model, String name) {
        return model.types().sourceType("t.Service").orElseThrow().getMethodsByName(name).get(0);
    }

    private static List<String> describe(List<ReadModifyWrite> events) {
        List<String> out = new ArrayList<>();
        for (ReadModifyWrite e : events) {
            out.add(e.method().getNameAsString() + " " + e.read().location().line() + "->" + e.write().line() + " " + e.kind()
                    + " " + e.writeSteps().stream().map(l -> l.line() + ":" + l.message()).toList());
        }
        return out;
    }

    @Test
    void theSummariesOfAMutualRecursionDoNotDependOnWhichMethodIsAskedFirst() throws Exception {
        ProjectModel aFirst = model("a");
        List<String> aThenA = describe(aFirst.readModifyWrites().findings(method(aFirst, "a")));
        List<String> aThenB = describe(aFirst.readModifyWrites().findings(method(aFirst, "b")));

        ProjectModel bFirst = model("b");
        List<String> bThenB = describe(bFirst.readModifyWrites().findings(method(bFirst, "b")));
        List<String> bThenA = describe(bFirst.readModifyWrites().findings(method(bFirst, "a")));

        assertEquals(1, aThenA.size(), aThenA.toString());
        assertEquals(aThenA, bThenA);
        assertEquals(List.of(), aThenB);
        assertEquals(aThenB, bThenB);
        assertEquals(0, aFirst.readModifyWrites().unconverged());
        assertEquals(0, bFirst.readModifyWrites().unconverged());
    }

    @Test
    void aCycleIsOneComponentAndAsksNoMoreWalksThanItNeeds() throws Exception {
        ProjectModel model = model("c");
        var components = model.callGraph().components();
        var a = components.of(method(model, "a"));
        var b = components.of(method(model, "b"));
        assertEquals(a, b);
        assertEquals(List.of("b", "a"), a.members().stream().map(m -> m.getNameAsString()).toList());
        assertEquals(true, a.cyclic());
    }
}
