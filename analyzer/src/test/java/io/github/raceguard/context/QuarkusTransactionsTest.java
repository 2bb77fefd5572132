package io.github.raceguard.context;

import io.github.raceguard.model.ModelFixtures;
import io.github.raceguard.model.ProjectModel;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quarkus transaction models: ArC interception per module, programmatic QuarkusTransaction callbacks, @WithTransaction. */
class QuarkusTransactionsTest {

    @TempDir
    Path dir;

    private static final String QUARKUS_SERVICE = """
            package q;
            import io.quarkus.narayana.jta.QuarkusTransaction;
            import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
            import jakarta.transaction.Transactional;
            @jakarta.enterprise.context.ApplicationScoped
            public class Svc {
                public void outer() { inner(); }
                @Transactional void inner() { }
                @WithTransaction public Object reactive() { return null; }
                public void blocks() {
                    QuarkusTransaction.requiringNew().run(() -> { });
                    QuarkusTransaction.suspendingExisting().run(() -> { });
                }
            }
            """;
    private static final String SPRING_SERVICE = """
            package s;
            import org.springframework.stereotype.Service;
            import org.springframework.transaction.annotation.Transactional;
            @Service
            public class Svc {
                public void outer() { inner(); }
                @Transactional public void inner() { }
            }
            """;

    private ProjectModel model() throws Exception {
        return ModelFixtures.model(dir, Map.of("quarkus/src/main/java/q/Svc.java", QUARKUS_SERVICE,
                "spring/src/main/java/s/Svc.java", SPRING_SERVICE));
    }

    private static MethodDeclaration method(ProjectModel model, String type, String name) {
        return model.types().sourceType(type).orElseThrow().getMethodsByName(name).get(0);
    }

    @Test
    void arcInterceptsSelfInvocationsAndPackagePrivateMethodsOfItsModuleOnly() throws Exception {
        ProjectModel model = model();
        Transactions transactions = model.transactions();
        assertTrue(transactions.selfInvocationIntercepted(method(model, "q.Svc", "outer")));
        assertFalse(transactions.selfInvocationIntercepted(method(model, "s.Svc", "outer")), "a Spring module of the same repository");
        assertTrue(transactions.of(method(model, "q.Svc", "inner")).active(), "package-private, self-invoked: ArC applies it");
        assertFalse(transactions.of(method(model, "s.Svc", "inner")).active(), "Spring's proxy is bypassed by this.inner()");
        assertTrue(transactions.entry(method(model, "q.Svc", "reactive")).active(), "@WithTransaction opens a transaction");
    }

    @Test
    void quarkusTransactionBlocks() throws Exception {
        ProjectModel model = model();
        var lambdas = method(model, "q.Svc", "blocks").findAll(LambdaExpr.class);
        assertEquals(2, lambdas.size());
        assertTrue(model.transactions().at(lambdas.get(0).getBody()).active(), "requiringNew().run(..)");
        assertTrue(model.transactions().runsInOwnTransaction(lambdas.get(0)));
        assertFalse(model.transactions().at(lambdas.get(1).getBody()).active(), "suspendingExisting() runs without one");
    }
}
