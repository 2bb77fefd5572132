package io.github.raceguard.context;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.raceguard.model.ModelFixtures;
import io.github.raceguard.model.ProjectModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Inherited methods, super calls, varargs and overloads chosen by argument types (issues 12 and 17). */
class CallGraphTest {

    @TempDir
    Path dir;

    private static final String BASE = """
            package a;
            public abstract class Base<E, ID> {
                public E load(ID id) { return null; }
                public void keep(E e) { }
                public final void keepAll(E... es) { }
                public void flush(Class<?>... types) { }
                public void flush() { }
            }
            """;
    private static final String SERVICE = """
            package a;
            public class Service extends Base<Item, Long> {
                @Override public void keep(Item item) { super.keep(item); }
                void note(Item item, int delta) { }
                void note(Item item, String reason) { }
                void note(Other other, int delta) { }
                void run(Item item, Other other, long big, Integer boxed) {
                    Item loaded = load(1L);
                    keep(loaded);
                    keepAll(item, loaded);
                    keepAll();
                    flush();
                    note(item, 5);
                    note(item, "why");
                    note(other, 5);
                    note(item, boxed);
                }
            }
            """;

    private String calleeOf(ProjectModel model, String call) {
        MethodCallExpr found = model.callGraph().callsNamed(call.substring(call.lastIndexOf('.', call.indexOf('(')) + 1, call.indexOf('('))).stream()
                .filter(c -> c.toString().equals(call)).findFirst().orElseThrow(() -> new AssertionError(call));
        return model.callGraph().callee(found).map(CallGraphTest::signature).orElse("unresolved");
    }

    private static String signature(MethodDeclaration m) {
        return m.findAncestor(com.github.javaparser.ast.body.TypeDeclaration.class).orElseThrow().getNameAsString()
                + "." + m.getDeclarationAsString(false, false, true);
    }

    @Test
    void resolvesInheritedSuperVarargsAndOverloadedCalls() throws Exception {
        ProjectModel model = ModelFixtures.model(dir, Map.of("a/Base.java", BASE, "a/Service.java", SERVICE,
                "a/Item.java", "package a; public class Item { }", "a/Other.java", "package a; public class Other { }"));
        assertEquals("Base.E load(ID id)", calleeOf(model, "load(1L)"));
        assertEquals("Service.void keep(Item item)", calleeOf(model, "keep(loaded)"), "the override, not the inherited one");
        assertEquals("Base.void keep(E e)", calleeOf(model, "super.keep(item)"));
        assertEquals("Base.void keepAll(E... es)", calleeOf(model, "keepAll(item, loaded)"));
        assertEquals("Base.void keepAll(E... es)", calleeOf(model, "keepAll()"));
        assertEquals("Base.void flush()", calleeOf(model, "flush()"), "fixed arity before varargs");
        assertEquals("Service.void note(Item item, int delta)", calleeOf(model, "note(item, 5)"));
        assertEquals("Service.void note(Item item, String reason)", calleeOf(model, "note(item, \"why\")"));
        assertEquals("Service.void note(Other other, int delta)", calleeOf(model, "note(other, 5)"));
        assertEquals("Service.void note(Item item, int delta)", calleeOf(model, "note(item, boxed)"), "unboxing");
    }

    @Test
    void typeArgumentsOfTheCalleesClassAsSeenFromTheCall() throws Exception {
        ProjectModel model = ModelFixtures.model(dir, Map.of("a/Base.java", BASE, "a/Service.java", SERVICE,
                "a/Item.java", "package a; public class Item { }", "a/Other.java", "package a; public class Other { }"));
        MethodCallExpr load = model.callGraph().callsNamed("load").get(0);
        MethodDeclaration callee = model.callGraph().callee(load).orElseThrow();
        assertEquals("a.Item", model.callGraph().typeArguments(load, callee).get("E").name());
        MethodDeclaration keepAll = model.callGraph().callee(model.callGraph().callsNamed("keepAll").get(0)).orElseThrow();
        assertEquals(2, model.callGraph().callers(keepAll).size(), "both keepAll calls are callers of the varargs method");
    }
}
