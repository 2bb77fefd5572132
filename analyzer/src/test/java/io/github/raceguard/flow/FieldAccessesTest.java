package io.github.raceguard.flow;

import io.github.raceguard.model.ModelFixtures;


import io.github.raceguard.model.ProjectModel;
import com.github.javaparser.ast.body.MethodDeclaration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FieldAccessesTest {

    @TempDir
    Path dir;

    private static final String SERVICE = """
            package t;
            import java.util.*;
            import java.util.concurrent.*;
            public class Service {
                private final Map<String, Integer> counts = new HashMap<>();
                private final List<String> names = new ArrayList<>();
                private final int[] buckets = new int[4];
                private final ConcurrentMap<String, Integer> concurrent = new ConcurrentHashMap<>();
                private String last;
                private long total;
                private Map<String, Integer> lazy;
                public void changes(String key, int i) {
                    counts.put(key, 1);
                    counts.keySet().remove(key);
                    Collections.sort(names);
                    buckets[i]++;
                    last = key;
                    total = total + 1;
                    total += 2;
                    concurrent.get(key);
                    names.size();
                    Runnable later = new Runnable() { public void run() { total++; } };
                    Runnable lambda = () -> names.add(key);
                }
                public Map<String, Integer> lazy() {
                    if (lazy == null) {
                        lazy = new HashMap<>();
                    }
                    return lazy;
                }
                public Map<String, Integer> lazyEarlyExit() {
                    if (lazy != null) {
                        return lazy;
                    }
                    lazy = new HashMap<>();
                    return lazy;
                }
                public void reset() {
                    if (lazy != null) {
                        lazy = null;
                    }
                    if (lazy == null || total > 0) {
                        lazy = new HashMap<>();
                    }
                }
            }
            """;

    private static MethodDeclaration method(ProjectModel model, String name) {
        return model.types().sourceType("t.Service").orElseThrow().getMethodsByName(name).get(0);
    }

    private static List<String> describe(List<FieldAccess> accesses) {
        return accesses.stream().map(a -> a.field().name() + " " + a.kind() + " " + a.operation()).toList();
    }

    @Test
    void recordsEveryKindOfChangeOnceInSourceOrder() throws Exception {
        ProjectModel model = ModelFixtures.model(dir, Map.of("t/Service.java", SERVICE));
        List<FieldAccess> accesses = model.fieldAccesses().in(method(model, "changes"));
        assertEquals(List.of(
                "counts CALL put",
                "counts CALL keySet().remove",
                "counts CALL keySet",
                "names ARGUMENT Collections.sort",
                "buckets ELEMENT_WRITE []++",
                "last ASSIGN =",
                "total UPDATE =",
                "total UPDATE +=",
                "concurrent CALL get",
                "names CALL size",
                "names CALL add"), describe(accesses), "the anonymous class is its own method, the lambda belongs to this one");
        assertEquals(3, model.fieldAccesses().of(accesses.get(6).field()).size(), "total: two here, one in the anonymous class");
    }

    @Test
    void lazyInitializationChecks() throws Exception {
        ProjectModel model = ModelFixtures.model(dir, Map.of("t/Service.java", SERVICE));
        FieldAccesses accesses = model.fieldAccesses();
        assertEquals(1, accesses.lazyInitChecks(accesses.in(method(model, "lazy")).get(0)).size());
        assertEquals(1, accesses.lazyInitChecks(accesses.in(method(model, "lazyEarlyExit")).get(0)).size());
        List<FieldAccess> reset = accesses.in(method(model, "reset"));
        assertTrue(accesses.lazyInitChecks(reset.get(0)).isEmpty(), "setting to null is no initialization");
        assertTrue(accesses.lazyInitChecks(reset.get(1)).isEmpty(), "a disjunction does not imply null");
    }
}
