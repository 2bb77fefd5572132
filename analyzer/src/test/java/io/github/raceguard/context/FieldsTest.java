package io.github.raceguard.context;

import io.github.raceguard.model.ModelFixtures;


import io.github.raceguard.model.ProjectModel;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.SimpleName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FieldsTest {

    @TempDir
    Path dir;

    private static final String HOLDER = """
            package t;
            import java.util.*;
            import java.util.concurrent.*;
            import java.util.concurrent.atomic.AtomicLong;
            import java.text.SimpleDateFormat;
            import java.time.format.DateTimeFormatter;
            import com.github.benmanes.caffeine.cache.*;
            import org.springframework.beans.factory.annotation.Autowired;
            public class Holder extends Base implements Limits {
                private final Map<String, Long> hashed = new HashMap<>();
                private final Map<String, Long> concurrent = new ConcurrentHashMap<>();
                private final Map<String, Long> synchronizedMap = Collections.synchronizedMap(new HashMap<>());
                private final List<String> immutable = List.of("a");
                private final List<String> copyOnWrite = new CopyOnWriteArrayList<>();
                private final Set<String> guava = com.google.common.collect.Sets.newHashSet();
                private final Map<String, Long> injected;
                private final List<String> assignedInConstructor;
                private final Cache<String, Long> caffeine = Caffeine.newBuilder().maximumSize(10).build();
                private final AtomicLong atomic = new AtomicLong();
                private final SimpleDateFormat format = new SimpleDateFormat("yyyy");
                private final DateTimeFormatter formatter = DateTimeFormatter.ISO_DATE;
                private final StringBuilder builder = new StringBuilder();
                private final long[] counts = new long[4];
                private volatile int level;
                @Autowired private Map<String, String> wired;
                Holder(Map<String, Long> injected) {
                    this.injected = injected;
                    this.assignedInConstructor = new ArrayList<>();
                }
                void use(String hashed) {
                    hashed.length();
                    this.hashed.clear();
                    level++;
                    inherited++;
                    Holder.shared.add(hashed);
                    Runnable r = new Runnable() {
                        private int level;
                        public void run() { level++; }
                    };
                    for (String counts : immutable) { counts.length(); }
                    java.util.function.Consumer<String> c = atomic -> atomic.length();
                }
                static final Set<String> shared = new HashSet<>();
            }
            """;

    private ProjectModel model() throws Exception {
        return ModelFixtures.model(dir, Map.of(
                "t/Holder.java", HOLDER,
                "t/Base.java", "package t; public class Base { protected int inherited; }",
                "t/Limits.java", "package t; public interface Limits { java.util.List<String> NAMES = new java.util.ArrayList<>(); }"));
    }

    private static FieldInfo field(ProjectModel model, String name) {
        TypeDeclaration<?> holder = model.types().sourceType("t.Holder").orElseThrow();
        return model.fields().named(holder, name).orElseThrow(() -> new AssertionError(name));
    }

    @Test
    void kindsFromDeclaredTypesAndAssignedValues() throws Exception {
        ProjectModel model = model();
        assertEquals(FieldInfo.Kind.MUTABLE, field(model, "hashed").kind());
        assertEquals("HashMap", field(model, "hashed").typeName());
        assertEquals(FieldInfo.Kind.CONCURRENT_MAP, field(model, "concurrent").kind());
        assertEquals(FieldInfo.Kind.CONCURRENT_MAP, field(model, "synchronizedMap").kind());
        assertEquals(FieldInfo.Kind.THREAD_SAFE, field(model, "immutable").kind());
        assertEquals(FieldInfo.Kind.THREAD_SAFE, field(model, "copyOnWrite").kind());
        assertEquals(FieldInfo.Kind.MUTABLE, field(model, "guava").kind());
        assertEquals(FieldInfo.Kind.VALUE, field(model, "injected").kind(), "a constructor parameter: unknown");
        assertEquals(FieldInfo.Kind.MUTABLE, field(model, "assignedInConstructor").kind());
        assertEquals(FieldInfo.Kind.CACHE, field(model, "caffeine").kind());
        assertEquals(FieldInfo.Kind.ATOMIC, field(model, "atomic").kind());
        assertEquals(FieldInfo.Kind.STATEFUL, field(model, "format").kind());
        assertEquals(FieldInfo.Kind.THREAD_SAFE, field(model, "formatter").kind());
        assertEquals(FieldInfo.Kind.MUTABLE, field(model, "builder").kind());
        assertEquals(FieldInfo.Kind.MUTABLE, field(model, "counts").kind());
        assertTrue(field(model, "level").isVolatile());
        assertTrue(field(model, "wired").injected());
        assertTrue(field(model, "shared").isStatic());
    }

    @Test
    void interfaceConstantsAreStaticAndFinal() throws Exception {
        ProjectModel model = model();
        FieldInfo names = field(model, "NAMES");
        assertTrue(names.isStatic() && names.isFinal());
        assertEquals(FieldInfo.Kind.MUTABLE, names.kind());
    }

    private static Optional<FieldInfo> resolveAt(ProjectModel model, String name, int occurrence) {
        TypeDeclaration<?> holder = model.types().sourceType("t.Holder").orElseThrow();
        var use = holder.getMethodsByName("use").get(0);
        var names = use.findAll(SimpleName.class, n -> n.getIdentifier().equals(name)
                && n.getParentNode().orElseThrow() instanceof Expression);
        Expression expression = (Expression) names.get(occurrence).getParentNode().orElseThrow();
        return model.fields().resolve(expression);
    }

    @Test
    void resolvesNamesThroughScopesLocalsAndNestedClasses() throws Exception {
        ProjectModel model = model();
        assertTrue(resolveAt(model, "hashed", 0).isEmpty(), "the parameter shadows the field");
        assertEquals("hashed", resolveAt(model, "hashed", 1).orElseThrow().name(), "this.hashed");
        assertEquals("level", resolveAt(model, "level", 0).orElseThrow().name());
        assertTrue(resolveAt(model, "level", 1).isEmpty(), "the anonymous class's own field");
        assertEquals("Base", resolveAt(model, "inherited", 0).orElseThrow().owner().getNameAsString(), "inherited from a source superclass");
        assertTrue(resolveAt(model, "shared", 0).orElseThrow().isStatic(), "Holder.shared");
        assertFalse(resolveAt(model, "counts", 0).isPresent(), "the loop variable");
        assertFalse(resolveAt(model, "atomic", 0).isPresent(), "the lambda parameter");
    }
}
