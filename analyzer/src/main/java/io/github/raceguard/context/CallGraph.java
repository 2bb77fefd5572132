package io.github.raceguard.context;


import io.github.raceguard.types.TypeIndex;
import io.github.raceguard.types.TypeResolver;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Calls between the project's own methods, resolved from declarations (no symbol solver): a call
 * on {@code this}, on a field or variable whose declared type is a source class, or on an
 * interface with exactly one implementation in the sources (the usual service / serviceImpl
 * pair). Both directions: the callee of a call, and the callers of a method.
 */
public final class CallGraph {

    private final TypeIndex types;
    private final TypeResolver resolver;
    private volatile Map<String, List<MethodCallExpr>> callsByName;
    private volatile Map<String, List<TypeDeclaration<?>>> implementations;
    private final io.github.raceguard.types.Memo<CallableDeclaration<?>, List<MethodCallExpr>> callers = io.github.raceguard.types.Memo.byIdentity();

    private final List<io.github.raceguard.source.ParsedFile> files;
    private final CallComponents components = new CallComponents(this);

    public CallGraph(TypeIndex types, TypeResolver resolver, List<io.github.raceguard.source.ParsedFile> files) {
        this.types = types;
        this.resolver = resolver;
        this.files = files;
    }

    /** Every call in the sources with that method name, whatever it resolves to. */
    public List<MethodCallExpr> callsNamed(String name) {
        return callsByName().getOrDefault(name, List.of());
    }

    /** The source method {@code call} invokes (with or without a body: mapper interfaces have none). */
    public Optional<MethodDeclaration> callee(MethodCallExpr call) {
        if (!declaredNames().contains(call.getNameAsString())) {
            return Optional.empty(); // no source type declares a method of that name: a library call
        }
        return resolved.get(call, c -> ownerOf(c).flatMap(owner -> method(owner, c)));
    }

    /** Calls resolved so far: every analysis asks again for the calls it walks. */
    private final io.github.raceguard.types.Memo<MethodCallExpr, Optional<MethodDeclaration>> resolved =
            io.github.raceguard.types.Memo.byIdentity();
    private volatile Set<String> declaredNames;

    /** The names of the methods the sources declare. */
    private Set<String> declaredNames() {
        Set<String> names = declaredNames;
        if (names == null) {
            Set<String> found = new java.util.HashSet<>();
            for (io.github.raceguard.source.ParsedFile file : files) {
                for (CallableDeclaration<?> callable : file.callables()) {
                    if (callable instanceof MethodDeclaration) {
                        found.add(callable.getNameAsString());
                    }
                }
            }
            declaredNames = names = Set.copyOf(found);
        }
        return names;
    }

    /** The strongly connected components of this graph (recursion cycles), shared by the summary analyses. */
    public CallComponents components() {
        return components;
    }

    /** True when the call goes through another bean (a Spring proxy), not to {@code this}. */
    public static boolean isSelfCall(MethodCallExpr call) {
        return call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr;
    }

    private Optional<TypeDeclaration<?>> ownerOf(MethodCallExpr call) {
        Optional<Expression> scope = call.getScope();
        if (scope.isEmpty() || scope.get() instanceof ThisExpr) {
            return call.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        }
        if (scope.get() instanceof NameExpr || scope.get() instanceof FieldAccessExpr) {
            return resolver.declaredTypeOf(scope.get()).flatMap(t -> implementationOf(t.name()));
        }
        return Optional.empty();
    }

    /** The class itself, or for an interface its one implementation in the sources (else the interface). */
    private Optional<TypeDeclaration<?>> implementationOf(String name) {
        Optional<TypeDeclaration<?>> type = types.sourceType(name);
        if (type.isPresent() && type.get() instanceof ClassOrInterfaceDeclaration iface && iface.isInterface()) {
            List<TypeDeclaration<?>> impls = implementations().getOrDefault(name, List.of());
            if (impls.size() == 1) {
                return Optional.of(impls.get(0));
            }
        }
        return type;
    }

    private static Optional<MethodDeclaration> method(TypeDeclaration<?> owner, MethodCallExpr call) {
        MethodDeclaration withoutBody = null;
        for (MethodDeclaration m : owner.getMethodsByName(call.getNameAsString())) {
            if (m.getParameters().size() == call.getArguments().size()) {
                if (m.getBody().isPresent()) {
                    return Optional.of(m);
                }
                withoutBody = withoutBody == null ? m : withoutBody;
            }
        }
        return Optional.ofNullable(withoutBody);
    }

    /** Every call in the sources that resolves to {@code method}. */
    public List<MethodCallExpr> callers(CallableDeclaration<?> method) {
        return callers.get(method, m -> {
            List<MethodCallExpr> found = new ArrayList<>();
            for (MethodCallExpr call : callsByName().getOrDefault(m.getNameAsString(), List.of())) {
                if (call.getArguments().size() == m.getParameters().size()
                        && callee(call).map(c -> c == m).orElse(false)) {
                    found.add(call);
                }
            }
            return List.copyOf(found);
        });
    }

    private Map<String, List<MethodCallExpr>> callsByName() {
        Map<String, List<MethodCallExpr>> index = callsByName;
        if (index == null) {
            synchronized (this) {
                if (callsByName == null) {
                    Map<String, List<MethodCallExpr>> built = new HashMap<>();
                    for (io.github.raceguard.source.ParsedFile file : files) {
                        for (MethodCallExpr call : file.calls()) {
                            built.computeIfAbsent(call.getNameAsString(), k -> new ArrayList<>()).add(call);
                        }
                    }
                    callsByName = built;
                }
                index = callsByName;
            }
        }
        return index;
    }

    private Map<String, List<TypeDeclaration<?>>> implementations() {
        Map<String, List<TypeDeclaration<?>>> index = implementations;
        if (index == null) {
            synchronized (this) {
                if (implementations == null) {
                    Map<String, List<TypeDeclaration<?>>> built = new HashMap<>();
                    for (TypeDeclaration<?> type : types.sourceTypes()) {
                        if (type instanceof ClassOrInterfaceDeclaration cls && !cls.isInterface() && !cls.isAbstract()) {
                            for (ClassOrInterfaceType implemented : cls.getImplementedTypes()) {
                                types.resolve(implemented.getNameWithScope(), cls)
                                        .ifPresent(name -> built.computeIfAbsent(name, k -> new ArrayList<>()).add(cls));
                            }
                        }
                    }
                    implementations = built;
                }
                index = implementations;
            }
        }
        return index;
    }

}
