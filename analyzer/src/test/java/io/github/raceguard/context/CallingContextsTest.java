package io.github.raceguard.context;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.raceguard.model.ModelFixtures;
import io.github.raceguard.model.ProjectModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A method is judged in the calling contexts that really reach it (SPEC §7). */
class CallingContextsTest {

    @TempDir
    Path dir;

    private static final String IMPORTS = """
            package t;
            import org.springframework.transaction.annotation.*;
            import org.springframework.transaction.support.TransactionTemplate;
            import org.springframework.web.bind.annotation.*;
            import java.util.List;
            import java.util.function.Supplier;
            """;

    private static final String FACADE = IMPORTS + """
            public class Facade {
                private Stock stock;
                private Ledger ledger;
                @Transactional public void place() { stock.deduct(); ledger.record(); }
                @Transactional(isolation = Isolation.SERIALIZABLE) public void audit() { ledger.audit(); }
                @Transactional public void selfCalling() { helper(); }
                public void helper() { }
            }
            """;

    private static final String STOCK = IMPORTS + """
            public class Stock {
                public void deduct() { }
                public void alsoFromAController() { }
            }
            """;

    private static final String LEDGER = IMPORTS + """
            public class Ledger {
                public void record() { }
                public void audit() { }
                public void ping() { a(); }
                private void a() { b(); }
                private void b() { a(); }
            }
            """;

    private static final String CONTROLLER = IMPORTS + """
            @RestController
            public class Controller {
                private Stock stock;
                @PostMapping("/x") public void post() { stock.alsoFromAController(); }
            }
            """;

    private static final String TX_FACADE = IMPORTS + """
            public class TxFacade {
                private Stock stock;
                @Transactional public void fromTx() { stock.alsoFromAController(); }
            }
            """;

    private static final String HANDLERS = IMPORTS + """
            public interface Handler { void handle(String event); void after(String event); }
            class PointsHandler implements Handler {
                public void handle(String event) { }
                public void after(String event) { }
            }
            class CouponHandler implements Handler {
                public void handle(String event) { }
                public void after(String event) { }
            }
            class Dispatcher {
                private List<Handler> handlers;
                private TransactionTemplate tx;
                @Transactional public void dispatch(String e) { handlers.forEach(h -> h.handle(e)); }
                public void afterwards(String e) { for (Handler h : handlers) { tx.executeWithoutResult(s -> h.after(e)); } }
            }
            """;

    private static final String RUNNER = IMPORTS + """
            public class Runner {
                @Transactional public <T> T inTransaction(Supplier<T> work) { return work.get(); }
                public <T> T plain(Supplier<T> work) { return work.get(); }
            }
            class Caller {
                private Runner runner;
                public void viaLambda() { runner.inTransaction(() -> { touch(); return null; }); }
                public void viaReference() { runner.inTransaction(this::referenced); }
                public void viaPlain() { runner.plain(this::plainReferenced); }
                private void touch() { }
                private Object referenced() { return null; }
                private Object plainReferenced() { return null; }
            }
            """;

    private static final String TEST_CALLER = IMPORTS + """
            class FacadeTest {
                private Stock stock;
                void test() { stock.deduct(); }
            }
            """;

    private ProjectModel model() throws Exception {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("src/main/java/t/Facade.java", FACADE);
        sources.put("src/main/java/t/Stock.java", STOCK);
        sources.put("src/main/java/t/Ledger.java", LEDGER);
        sources.put("src/main/java/t/Controller.java", CONTROLLER);
        sources.put("src/main/java/t/TxFacade.java", TX_FACADE);
        sources.put("src/main/java/t/Handler.java", HANDLERS);
        sources.put("src/main/java/t/Runner.java", RUNNER);
        sources.put("src/test/java/t/FacadeTest.java", TEST_CALLER);
        return ModelFixtures.model(dir, sources);
    }

    private static MethodDeclaration method(ProjectModel model, String type, String name) {
        return model.types().sourceType(type).orElseThrow().getMethodsByName(name).get(0);
    }

    private static TransactionContext of(ProjectModel model, String type, String name) {
        return model.transactions().of(method(model, type, name));
    }

    @Test
    void aPublicMethodOnlyCalledFromAnotherBeansTransactionRunsInIt() throws Exception {
        ProjectModel model = model();
        assertTrue(of(model, "t.Stock", "deduct").active(), "called from Facade.place(); the test caller does not count");
        assertTrue(of(model, "t.Ledger", "record").active());
        assertTrue(of(model, "t.Facade", "helper").active(), "self-invoked only from a @Transactional method");
    }

    @Test
    void theInheritedIsolationIsTheCallers() throws Exception {
        ProjectModel model = model();
        assertTrue(of(model, "t.Ledger", "audit").serializable());
        assertEquals("DEFAULT", of(model, "t.Ledger", "record").isolation());
    }

    @Test
    void anEntryPointReachingItWithoutATransactionKeepsTheWeakestContext() throws Exception {
        ProjectModel model = model();
        assertFalse(of(model, "t.Stock", "alsoFromAController").active(), "the request handler reaches it without a transaction");
        assertTrue(model.transactions().callingContexts().isEntryPoint(method(model, "t.Controller", "post")));
        assertTrue(model.transactions().callingContexts().isEntryPoint(method(model, "t.Ledger", "ping")), "nothing calls it");
        assertFalse(of(model, "t.Ledger", "a").active(), "recursion converges to the entry point's context");
        assertFalse(of(model, "t.Ledger", "b").active());
    }

    @Test
    void handlersCalledThroughTheirInterfaceRunInTheDispatchersTransaction() throws Exception {
        ProjectModel model = model();
        assertTrue(of(model, "t.PointsHandler", "handle").active(), "forEach over List<Handler> in a @Transactional method");
        assertTrue(of(model, "t.CouponHandler", "handle").active());
        assertTrue(of(model, "t.CouponHandler", "after").active(), "called inside a TransactionTemplate callback");
    }

    @Test
    void aCallbackRunsInTheTransactionOfTheMethodThatRunsIt() throws Exception {
        ProjectModel model = model();
        assertTrue(of(model, "t.Caller", "touch").active(), "a lambda handed to a @Transactional method that invokes it");
        assertTrue(of(model, "t.Caller", "referenced").active(), "a method reference handed to it");
        assertFalse(of(model, "t.Caller", "plainReferenced").active(), "a runner without a transaction");
        MethodCallExpr touch = method(model, "t.Caller", "viaLambda").findAll(MethodCallExpr.class).stream()
                .filter(c -> c.getNameAsString().equals("touch")).findFirst().orElseThrow();
        assertTrue(model.transactions().at(touch).active());
        assertTrue(model.transactions().at(touch).description().contains("inTransaction()"), model.transactions().at(touch).description());
    }

    @Test
    void theAnswerDoesNotDependOnTheOrderOfQuestions() throws Exception {
        ProjectModel first = model();
        ProjectModel second = model();
        String[][] methods = {{"t.Ledger", "b"}, {"t.Stock", "deduct"}, {"t.Caller", "touch"}, {"t.Ledger", "a"}, {"t.PointsHandler", "handle"}};
        Map<String, TransactionContext> forward = new LinkedHashMap<>();
        for (String[] m : methods) {
            forward.put(m[0] + m[1], of(first, m[0], m[1]));
        }
        for (int i = methods.length - 1; i >= 0; i--) {
            assertEquals(forward.get(methods[i][0] + methods[i][1]), of(second, methods[i][0], methods[i][1]));
        }
    }

    @Test
    void aFinalRepositoryBaseClassIsCalledThroughTheRepositoryProxy() throws Exception {
        ProjectModel model = ModelFixtures.model(dir, Map.of("t/Base.java", """
                package t;
                import org.springframework.transaction.annotation.Transactional;
                import org.springframework.data.jpa.repository.support.SimpleJpaRepository;
                @Transactional(readOnly = true)
                public final class Base<T> extends SimpleJpaRepository<T, Long> {
                    Base() { super((Class<T>) Object.class, null); }
                    @Transactional public final void refresh(T t) { }
                }
                """));
        MethodDeclaration refresh = method(model, "t.Base", "refresh");
        assertEquals(java.util.Optional.empty(), model.transactions().ignoredBecause(refresh));
        assertTrue(model.transactions().entry(refresh).active());
    }
}
