package io.github.raceguard.context;

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

class RetriesTest {

    @TempDir
    Path dir;

    private static final String SOURCE = """
            package t;
            import java.util.*;
            import io.github.resilience4j.retry.Retry;
            import org.springframework.retry.annotation.Retryable;
            import org.springframework.retry.support.RetryTemplate;
            public class Client {
                RetryTemplate retryTemplate; Retry retry;
                @Retryable public void annotated() { }
                @Retryable(maxAttempts = 1) public void once() { }
                @io.github.resilience4j.retry.annotation.Retry(name = "x") public void resilience() { }
                public void template() { retryTemplate.execute(context -> call()); }
                public void programmatic() { retry.executeSupplier(() -> call()); }
                public void decorated() { Retry.decorateSupplier(retry, () -> call()).get(); }
                Object call() { return null; }

                public void counted() {
                    for (int attempt = 0; attempt < 3; attempt++) {
                        try { call(); return; } catch (RuntimeException e) { sleep(); }
                    }
                }
                public void endless() {
                    int failures = 0;
                    while (true) {
                        try { call(); break; } catch (RuntimeException e) { if (++failures > 3) { throw e; } }
                    }
                }
                public void flagged() {
                    boolean done = false;
                    do {
                        try { call(); done = true; } catch (RuntimeException e) { sleep(); }
                    } while (!done);
                }

                public void eachItem(List<String> items) {
                    for (String item : items) { try { call(); } catch (RuntimeException e) { } }
                }
                public void iterator(Iterator<String> it) {
                    while (it.hasNext()) { try { it.next(); call(); break; } catch (RuntimeException e) { } }
                }
                public void indexed(List<String> items) {
                    for (int i = 0; i < items.size(); i++) { try { items.get(i); return; } catch (RuntimeException e) { } }
                }
                public void search(Class<?> type) {
                    while (type != null) {
                        try { type.getDeclaredMethod("x"); return; } catch (NoSuchMethodException e) { type = type.getSuperclass(); }
                    }
                }
                public void givesUp() {
                    while (true) {
                        try { call(); return; } catch (RuntimeException e) { throw new IllegalStateException(e); }
                    }
                }
                public void polling() {
                    while (true) { try { call(); } catch (RuntimeException e) { sleep(); } }
                }
                void sleep() { }
            }
            @Retryable
            class RetriedClass {
                public void retried() { }
                private void notProxied() { }
            }
            """;

    private List<Retries.Scope> scopes(String type, String method) throws Exception {
        ProjectModel model = ModelFixtures.model(dir, Map.of("t/Client.java", SOURCE));
        MethodDeclaration declaration = model.types().sourceType(type).orElseThrow().getMethodsByName(method).get(0);
        return model.retries().scopes(declaration);
    }

    private void assertRetried(String method, Retries.Mechanism mechanism) throws Exception {
        List<Retries.Scope> scopes = scopes("t.Client", method);
        assertEquals(1, scopes.size(), method + ": " + scopes);
        assertEquals(mechanism, scopes.get(0).mechanism(), method);
    }

    @Test
    void annotationsAndTemplates() throws Exception {
        assertRetried("annotated", Retries.Mechanism.ANNOTATION);
        assertRetried("resilience", Retries.Mechanism.ANNOTATION);
        assertRetried("template", Retries.Mechanism.TEMPLATE);
        assertRetried("programmatic", Retries.Mechanism.TEMPLATE);
        assertRetried("decorated", Retries.Mechanism.TEMPLATE);
        assertTrue(scopes("t.Client", "once").isEmpty(), "maxAttempts = 1 does not retry");
        assertEquals(1, scopes("t.RetriedClass", "retried").size(), "class-level @Retryable covers public methods");
        assertTrue(scopes("t.RetriedClass", "notProxied").isEmpty());
    }

    @Test
    void handWrittenRetryLoops() throws Exception {
        assertRetried("counted", Retries.Mechanism.LOOP);
        assertRetried("endless", Retries.Mechanism.LOOP);
        assertRetried("flagged", Retries.Mechanism.LOOP);
    }

    @Test
    void loopsThatAreNotRetries() throws Exception {
        for (String method : List.of("eachItem", "iterator", "indexed", "search", "givesUp", "polling")) {
            assertTrue(scopes("t.Client", method).isEmpty(), method);
        }
    }
}
