package io.github.raceguard.context;

import io.github.raceguard.model.ModelFixtures;


import io.github.raceguard.model.ProjectModel;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The facts {@code transaction-bypass} asks {@link Transactions} for. */
class TransactionBypassFactsTest {

    @TempDir
    Path dir;

    private static final String SERVICE = """
            package t;
            import org.springframework.transaction.annotation.Transactional;
            public class Service {
                @Transactional private void privateOne() { }
                @Transactional public static void staticOne() { }
                @Transactional public final void finalOne() { }
                @Transactional void packagePrivate() { }
                @Transactional public void fine() { }
                public void plain() { }
                @Transactional public void entryPoint() { inner(); }
                public void caller() { entryPoint(); }
                private void inner() { }
            }
            @Transactional
            final class Sealed {
                public void any() { }
            }
            @Transactional
            class ClassLevel {
                public final void finalPublic() { }
                private void privateHelper() { }
            }
            """;

    private static MethodDeclaration method(ProjectModel model, String type, String name) {
        return model.types().sourceType(type).orElseThrow().getMethodsByName(name).get(0);
    }

    @Test
    void whyTheProxyIgnoresAnAnnotation() throws Exception {
        ProjectModel model = ModelFixtures.model(dir, Map.of("t/Service.java", SERVICE));
        Transactions tx = model.transactions();
        assertEquals(Optional.of("private"), tx.ignoredBecause(method(model, "t.Service", "privateOne")));
        assertEquals(Optional.of("static"), tx.ignoredBecause(method(model, "t.Service", "staticOne")));
        assertEquals(Optional.of("final"), tx.ignoredBecause(method(model, "t.Service", "finalOne")));
        assertEquals(Optional.empty(), tx.ignoredBecause(method(model, "t.Service", "packagePrivate")));
        assertEquals(Optional.empty(), tx.ignoredBecause(method(model, "t.Service", "fine")));
        assertEquals(Optional.empty(), tx.ignoredBecause(method(model, "t.Service", "plain")));
        assertEquals(Optional.of("final class"), tx.ignoredBecause(method(model, "t.Sealed", "any")));
        assertEquals(Optional.of("final"), tx.ignoredBecause(method(model, "t.ClassLevel", "finalPublic")));
        assertEquals(Optional.empty(), tx.ignoredBecause(method(model, "t.ClassLevel", "privateHelper")),
                "a class-level annotation is not meant for private methods");
        assertFalse(tx.aspectJWeaving());
    }

    @Test
    void aSelfInvocationRunsInTheContextsItsCallerIsReachedIn() throws Exception {
        ProjectModel model = ModelFixtures.model(dir, Map.of("t/Service.java", SERVICE));
        MethodCallExpr innerCall = method(model, "t.Service", "entryPoint").findFirst(MethodCallExpr.class).orElseThrow();
        assertFalse(model.transactions().at(innerCall).active(), "weakest context: entryPoint() is also self-invoked by caller()");
        assertTrue(model.transactions().entry(method(model, "t.Service", "entryPoint")).active(),
                "entered through the proxy, entryPoint() has its transaction");
    }
}
