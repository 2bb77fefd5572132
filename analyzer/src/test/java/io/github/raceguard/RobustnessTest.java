package io.github.raceguard;

import io.github.raceguard.report.AnalysisResult;
import io.github.raceguard.report.Notification;
import io.github.raceguard.rules.MethodContext;
import io.github.raceguard.rules.Rule;
import io.github.raceguard.rules.RuleCatalog;
import io.github.raceguard.rules.RuleDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input never stops the analysis: each odd file becomes a notification naming it, and the
 * good file next to it is still analyzed and reported.
 */
class RobustnessTest {

    @TempDir
    Path dir;

    private static final String GOOD = """
            package shop;
            import jakarta.persistence.*;
            import org.springframework.data.jpa.repository.JpaRepository;
            @Entity class Item { @Id Long id; int stock; int getStock() { return stock; } void setStock(int s) { stock = s; } }
            interface ItemRepository extends JpaRepository<Item, Long> { }
            class ItemService {
                private ItemRepository items;
                public void take(long id) {
                    Item item = items.findById(id).orElseThrow();
                    item.setStock(item.getStock() - 1);
                    items.save(item);
                }
            }
            """;

    private Path src() throws Exception {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("shop"));
        Files.writeString(src.resolve("shop/ItemService.java"), GOOD);
        return src;
    }

    private static AnalysisResult analyze(Path src) throws Exception {
        return Analysis.run(AnalysisRequest.of(List.of(src), List.of()));
    }

    private static void assertGoodFileStillReported(AnalysisResult result) {
        assertEquals(1, result.findings().size(), result.findings().toString());
        assertEquals("lost-update", result.findings().get(0).ruleId());
    }

    private static Notification notificationFor(AnalysisResult result, String fileName) {
        return result.notifications().stream()
                .filter(n -> n.file() != null && n.file().getFileName().toString().equals(fileName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no notification for " + fileName + ": " + result.notifications()));
    }

    @Test
    void deeplyNestedExpressionsAreAnalyzedOrReported() throws Exception {
        Path src = src();
        StringBuilder concat = new StringBuilder("package gen; class Concat { String s = \"a\"");
        for (int i = 0; i < 5000; i++) {
            concat.append(" + \"").append(i).append('"');
        }
        Files.writeString(src.resolve("Concat.java"), concat.append("; }\n"));
        StringBuilder lambdas = new StringBuilder("package gen; import java.util.function.Supplier; class Lambdas { Supplier<?> s = ");
        for (int i = 0; i < 300; i++) {
            lambdas.append("() -> ");
        }
        Files.writeString(src.resolve("Lambdas.java"), lambdas.append("null; }\n"));
        AnalysisResult result = analyze(src);
        assertGoodFileStillReported(result);
        assertEquals(3, result.filesAnalyzed() + result.notifications().stream().filter(n -> n.file() != null).count());
    }

    @Test
    void hugeEmptyBinaryAndNonUtf8Files() throws Exception {
        Path src = src();
        StringBuilder huge = new StringBuilder("package gen; class Huge {\n");
        for (int i = 0; huge.length() < 5 * 1024 * 1024; i++) {
            huge.append("  int field").append(i).append(" = ").append(i).append(";\n");
        }
        Files.writeString(src.resolve("Huge.java"), huge.append("}\n"));
        Files.writeString(src.resolve("Empty.java"), "");
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        Files.write(src.resolve("Garbage.java"), garbage);
        Files.write(src.resolve("Latin1.java"), "package gen; class Latin1 { String s = \"caf\u00e9 \u00fcber\"; }\n".getBytes(StandardCharsets.ISO_8859_1));

        AnalysisResult result = analyze(src);
        assertGoodFileStillReported(result);
        assertTrue(notificationFor(result, "Huge.java").message().contains("limit"));
        assertTrue(notificationFor(result, "Garbage.java").message().startsWith("Skipped") || notificationFor(result, "Garbage.java").message().contains("parse"));
        assertTrue(result.notifications().stream().noneMatch(n -> n.file() != null && n.file().getFileName().toString().equals("Latin1.java")),
                "a legacy-encoded file is still analyzed: " + result.notifications());
        assertEquals(3, result.filesAnalyzed(), "ItemService, Empty and Latin1 are analyzed");
    }

    @Test
    void symlinkLoopAndDanglingLinkAreNotifications() throws Exception {
        Path src = src();
        Files.createSymbolicLink(src.resolve("loop"), src);
        Files.createSymbolicLink(src.resolve("Missing.java"), dir.resolve("nowhere/Missing.java"));
        AnalysisResult result = analyze(src);
        assertGoodFileStillReported(result);
        assertTrue(result.notifications().stream().anyMatch(n -> n.message().contains("loop")), result.notifications().toString());
        assertTrue(notificationFor(result, "Missing.java").message().contains("read"));
    }

    @Test
    void aRuleThatThrowsIsANotificationNamingRuleFileAndMethod() throws Exception {
        Path src = src();
        Rule failing = new Rule() {
            @Override
            public RuleDescriptor descriptor() {
                return new RuleDescriptor("always-fails", "AlwaysFails", io.github.raceguard.report.Level.WARNING,
                        "Fails.", "Fails on purpose.", "Nothing to fix.", List.of(), "low");
            }

            @Override
            public void check(MethodContext method) {
                if (method.method().getNameAsString().equals("take")) {
                    throw new IllegalStateException("boom");
                }
            }
        };
        List<Rule> rules = new ArrayList<>(RuleCatalog.all());
        rules.add(0, failing);
        AnalysisResult result = Analysis.run(AnalysisRequest.of(List.of(src), List.of()), rules);
        assertGoodFileStillReported(result);
        Notification failure = notificationFor(result, "ItemService.java");
        assertEquals("always-fails", failure.ruleId());
        assertTrue(failure.message().contains("shop.ItemService#take") && failure.message().contains("boom"), failure.message());
    }
}
