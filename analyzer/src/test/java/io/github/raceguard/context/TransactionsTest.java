package io.github.raceguard.context;

import io.github.raceguard.model.ModelFixtures;


import io.github.raceguard.model.ProjectModel;
import com.github.javaparser.ast.body.MethodDeclaration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransactionsTest {

    @TempDir
    Path dir;

    private static final String SERVICE = """
            package t;
            import org.springframework.transaction.annotation.*;
            import org.springframework.transaction.support.TransactionTemplate;
            public class Service {
                private TransactionTemplate tx;
                private final TransactionTemplate strict;
                Service(org.springframework.transaction.PlatformTransactionManager tm) {
                    strict = new TransactionTemplate(tm);
                    strict.setIsolationLevel(org.springframework.transaction.TransactionDefinition.ISOLATION_SERIALIZABLE);
                }
                public void strictTemplate() { strict.execute(status -> strictlyTemplated()); }
                private Object strictlyTemplated() { return null; }
                @Transactional public void plain() { }
                @Transactional(isolation = Isolation.SERIALIZABLE) public void serializable() { }
                @Transactional(readOnly = true) public void readOnly() { }
                @Transactional private void privateOne() { }
                @Transactional public final void finalOne() { }
                @Transactional public static void staticOne() { }
                @Transactional(propagation = Propagation.NOT_SUPPORTED) public void notSupported() { }
                @jakarta.transaction.Transactional public void jta() { }
                @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.NEVER) public void jtaNever() { }
                public void none() { }
                @Transactional public void outer() { helper(); }
                private void helper() { }
                public void unprotectedCaller() { selfInvoked(); }
                @Transactional public void selfInvoked() { }
                public void template() { tx.executeWithoutResult(status -> templated()); }
                private void templated() { }
            }
            """;

    private ProjectModel model() throws Exception {
        return ModelFixtures.model(dir, Map.of("t/Service.java", SERVICE));
    }

    private static TransactionContext context(ProjectModel model, String method) {
        MethodDeclaration declaration = model.types().sourceType("t.Service").orElseThrow()
                .getMethodsByName(method).get(0);
        return model.transactions().of(declaration);
    }

    @Test
    void publicAnnotatedMethodsAreEffective() throws Exception {
        ProjectModel model = model();
        assertTrue(context(model, "plain").active());
        assertEquals("DEFAULT", context(model, "plain").isolation());
        assertTrue(context(model, "serializable").serializable());
        assertTrue(context(model, "readOnly").readOnly());
        assertTrue(context(model, "jta").active());
    }

    @Test
    void theProxyIgnoresPrivateFinalAndStaticMethods() throws Exception {
        ProjectModel model = model();
        assertFalse(context(model, "privateOne").active());
        assertTrue(context(model, "privateOne").description().contains("private"));
        assertFalse(context(model, "finalOne").active());
        assertFalse(context(model, "staticOne").active());
    }

    @Test
    void propagationsThatDoNotOpenATransaction() throws Exception {
        ProjectModel model = model();
        assertFalse(context(model, "notSupported").active());
        assertFalse(context(model, "jtaNever").active());
        assertFalse(context(model, "none").active());
    }

    @Test
    void privateHelpersRunInTheirCallersTransaction() throws Exception {
        ProjectModel model = model();
        assertTrue(context(model, "helper").active());
        assertTrue(context(model, "templated").active(), "TransactionTemplate callbacks are transactional");
    }

    @Test
    void transactionTemplateSettingsMadeInTheClassApply() throws Exception {
        TransactionContext context = context(model(), "strictlyTemplated");
        assertTrue(context.serializable(), context.toString());
        assertFalse(context(model(), "templated").serializable());
    }

    @Test
    void transactionalOnTheImplementedInterfaceApplies() throws Exception {
        ProjectModel model = ModelFixtures.model(dir, Map.of(
                "i/Api.java", """
                        package i;
                        import org.springframework.transaction.annotation.*;
                        public interface Api {
                            @Transactional(isolation = Isolation.SERIALIZABLE) void strict();
                            void plain();
                        }
                        """,
                "i/Impl.java", """
                        package i;
                        public class Impl implements Api {
                            public void strict() { }
                            public void plain() { }
                        }
                        """));
        var impl = model.types().sourceType("i.Impl").orElseThrow();
        assertTrue(model.transactions().of(impl.getMethodsByName("strict").get(0)).serializable());
        assertFalse(model.transactions().of(impl.getMethodsByName("plain").get(0)).active());
    }

    @Test
    void selfInvocationBypassesTheProxy() throws Exception {
        TransactionContext context = context(model(), "selfInvoked");
        assertFalse(context.active(), "reached from unprotectedCaller() without the proxy");
    }
}
