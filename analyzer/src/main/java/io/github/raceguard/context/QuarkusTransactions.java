package io.github.raceguard.context;

import io.github.raceguard.types.Names;
import io.github.raceguard.types.TypeIndex;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Quarkus's transaction models, asked by {@link Transactions} (the one place that decides an
 * effective transaction):
 * <ul>
 * <li>{@code @WithTransaction} (Hibernate Reactive Panache) opens a transaction like JTA's
 *     {@code @Transactional} with {@code REQUIRED};</li>
 * <li>programmatic callbacks: {@code QuarkusTransaction.requiringNew().run(() -> ..)} /
 *     {@code .call(..)}, {@code joiningExisting()}, {@code disallowingExisting()},
 *     {@code runner(TransactionSemantics.X)}, the deprecated static {@code QuarkusTransaction.run(..)},
 *     and Hibernate Reactive Panache's {@code Panache.withTransaction(() -> ..)}; a callback of
 *     {@code suspendingExisting()} runs with no transaction;</li>
 * <li>the container: in a Quarkus application (ArC) interceptors apply to every non-private
 *     method of a bean, package-private and protected ones included, and a self-invocation is
 *     intercepted too ("self-interception", Quarkus's CDI reference guide), unlike Spring's proxies.
 *     A module is taken to be a Quarkus one when its sources import {@code io.quarkus} (see {@link #arc}).</li>
 * </ul>
 */
public final class QuarkusTransactions {

    /** Annotations that open a transaction like JTA's {@code @Transactional(REQUIRED)}. */
    public static final Set<String> ANNOTATIONS = Set.of("io.quarkus.hibernate.reactive.panache.common.WithTransaction");

    private static final Set<String> QUARKUS_TRANSACTION = Set.of("io.quarkus.narayana.jta.QuarkusTransaction");
    private static final Set<String> REACTIVE_PANACHE = Set.of("io.quarkus.hibernate.reactive.panache.Panache",
            "io.quarkus.hibernate.reactive.panache.common.runtime.SessionOperations");
    private static final Set<String> RUNS = Set.of("run", "call");

    private final TypeIndex types;

    public QuarkusTransactions(TypeIndex types) {
        this.types = types;
    }

    /** What the files of one source root import. */
    private record Imports(boolean quarkus, boolean spring) {
    }

    private volatile Map<Path, Imports> roots;

    /**
     * True when the code at {@code at} runs in Quarkus ArC: its source root (the module's
     * {@code src/main/java}) imports {@code io.quarkus}, or the project imports {@code io.quarkus}
     * somewhere and {@code org.springframework} nowhere (a Quarkus module written against plain
     * Jakarta APIs). Then interceptors apply to non-private methods and to self-invocations.
     */
    public boolean arc(Node at) {
        Map<Path, Imports> known = roots();
        boolean quarkusAnywhere = known.values().stream().anyMatch(Imports::quarkus);
        if (!quarkusAnywhere) {
            return false;
        }
        Optional<Path> root = at == null ? Optional.empty() : at.findCompilationUnit().flatMap(QuarkusTransactions::root);
        Imports own = root.map(known::get).orElse(null);
        return own != null && own.quarkus() || known.values().stream().noneMatch(Imports::spring);
    }

    private Map<Path, Imports> roots() {
        Map<Path, Imports> known = roots;
        if (known == null) {
            Map<Path, Imports> found = new HashMap<>();
            Set<CompilationUnit> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (TypeDeclaration<?> type : types.sourceTypes()) {
                Optional<CompilationUnit> unit = type.findCompilationUnit();
                if (unit.isEmpty() || !seen.add(unit.get())) {
                    continue;
                }
                boolean quarkus = false;
                boolean spring = false;
                for (ImportDeclaration i : unit.get().getImports()) {
                    String name = i.getNameAsString();
                    quarkus |= name.startsWith("io.quarkus.");
                    spring |= name.startsWith("org.springframework.");
                }
                Path root = root(unit.get()).orElse(Path.of(""));
                Imports before = found.getOrDefault(root, new Imports(false, false));
                found.put(root, new Imports(before.quarkus() || quarkus, before.spring() || spring));
            }
            roots = known = Map.copyOf(found);
        }
        return known;
    }

    /** The source root of a file: its folder less one level per package segment. */
    private static Optional<Path> root(CompilationUnit unit) {
        Optional<Path> file = unit.getStorage().map(CompilationUnit.Storage::getPath);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Path root = file.get().getParent();
        String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        for (int i = pkg.isEmpty() ? 0 : pkg.split("\\.").length; i > 0 && root != null; i--) {
            root = root.getParent();
        }
        return Optional.ofNullable(root);
    }

    /** The programmatic transaction call a lambda or method reference is handed to, if it is one. */
    private static Optional<MethodCallExpr> runner(Node callback) {
        if (!(callback instanceof LambdaExpr || callback instanceof MethodReferenceExpr)
                || !(callback.getParentNode().orElse(null) instanceof MethodCallExpr call)
                || !call.getArguments().contains((Expression) callback)) {
            return Optional.empty();
        }
        return Optional.of(call);
    }

    /** True for a callback of a Quarkus programmatic transaction (whether or not it opens one). */
    public static boolean isCallback(Node callback) {
        return runner(callback).map(call -> semantics(call) != null).orElse(false);
    }

    /**
     * The transaction semantics of a programmatic call: {@code REQUIRES_NEW}, {@code REQUIRED},
     * {@code NEVER}-like {@code DISALLOW_EXISTING} (a new one), {@code SUSPEND_EXISTING} (none),
     * or null when the call is none.
     */
    private static String semantics(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (name.equals("withTransaction")) {
            return call.getScope().filter(s -> s instanceof NameExpr n && Names.refersTo(n.getNameAsString(), call, REACTIVE_PANACHE)).isPresent()
                    ? "REQUIRED" : null;
        }
        if (!RUNS.contains(name)) {
            return null;
        }
        // QuarkusTransaction.run(..) (deprecated) / QuarkusTransaction.requiringNew().timeout(10).run(..)
        String semantics = null;
        Expression e = call.getScope().orElse(null);
        while (e instanceof MethodCallExpr link) {
            switch (link.getNameAsString()) {
                case "requiringNew" -> semantics = "REQUIRES_NEW";
                case "joiningExisting" -> semantics = "REQUIRED";
                case "disallowingExisting" -> semantics = "DISALLOW_EXISTING";
                case "suspendingExisting" -> semantics = "SUSPEND_EXISTING";
                case "runner" -> semantics = link.getArguments().isEmpty() ? "REQUIRED"
                        : link.getArgument(0).toString().replaceFirst(".*\\.", "");
                default -> { }
            }
            e = link.getScope().orElse(null);
        }
        if (!(e instanceof NameExpr root) || !Names.refersTo(root.getNameAsString(), call, QUARKUS_TRANSACTION)) {
            return null;
        }
        return semantics != null ? semantics : call.getScope().get() instanceof NameExpr ? "REQUIRES_NEW" : null;
    }

    /** The context a Quarkus programmatic transaction callback runs in. */
    public static TransactionContext context(Node callback) {
        MethodCallExpr call = runner(callback).orElseThrow();
        String semantics = semantics(call);
        String description = call.getScope().map(Object::toString).orElse("") + "." + call.getNameAsString() + " callback";
        if ("SUSPEND_EXISTING".equals(semantics)) {
            return TransactionContext.none(description + " runs with the transaction suspended");
        }
        return new TransactionContext(true, "DEFAULT", false, description);
    }

    /** True when the callback's transaction is its own (not joined from the caller). */
    public static boolean startsOwn(Node callback) {
        return runner(callback).map(QuarkusTransactions::semantics)
                .map(s -> s.equals("REQUIRES_NEW") || s.equals("DISALLOW_EXISTING")).orElse(false);
    }
}
