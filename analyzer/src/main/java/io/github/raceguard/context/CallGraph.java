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
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.Node;
import io.github.raceguard.types.TypeRef;
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
 * on {@code this} or {@code super}, on a field or variable whose declared type is a source class,
 * or on an interface with exactly one implementation in the sources (the usual service /
 * serviceImpl pair). Methods inherited from source superclasses are found through them (generic
 * type arguments substituted, see {@link #typeArguments}); overloads are chosen by argument count
 * (varargs included) and then by argument types ({@link Overloads}). Both directions: the callee
 * of a call, and the callers of a method.
 */
public final class CallGraph {

    private final TypeIndex types;
    private final TypeResolver resolver;
    private volatile Map<String, List<MethodCallExpr>> callsByName;
    private volatile Map<String, List<TypeDeclaration<?>>> implementations;
    private volatile Map<String, List<MethodDeclaration>> listenersByEvent;
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
        return call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr || call.getScope().get() instanceof SuperExpr;
    }

    private Optional<TypeDeclaration<?>> ownerOf(MethodCallExpr call) {
        Optional<Expression> scope = call.getScope();
        if (scope.isEmpty() || scope.get() instanceof ThisExpr) {
            return enclosingType(call);
        }
        if (scope.get() instanceof SuperExpr) {
            // super.update(e): the nearest source superclass, whatever the class itself overrides
            return enclosingType(call).flatMap(t -> types.superclasses(t).stream().findFirst()).map(TypeIndex.Supertype::declaration);
        }
        if (scope.get() instanceof NameExpr || scope.get() instanceof FieldAccessExpr) {
            Optional<TypeDeclaration<?>> declared = resolver.declaredTypeOf(scope.get()).flatMap(t -> implementationOf(t.name()));
            if (declared.isPresent()) {
                return declared;
            }
            // Entity.m(): a static finder of a Panache active-record entity (Coupon.findByCode(code)); other
            // static calls stay unresolved, as before
            if (scope.get() instanceof NameExpr type && Character.isUpperCase(type.getNameAsString().charAt(0))) {
                return types.resolve(type.getNameAsString(), call).flatMap(types::sourceType)
                        .filter(this::isPanacheEntity)
                        .filter(t -> t.getMethodsByName(call.getNameAsString()).stream().anyMatch(m -> m.isStatic()));
            }
        }
        return Optional.empty();
    }

    /** A source class extending Quarkus Panache's {@code PanacheEntity(Base)}, directly or through source superclasses. */
    private boolean isPanacheEntity(TypeDeclaration<?> type) {
        TypeDeclaration<?> current = type;
        for (int depth = 0; depth < 8 && current instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration cls
                && !cls.isInterface() && !cls.getExtendedTypes().isEmpty(); depth++) {
            String written = cls.getExtendedTypes(0).getNameWithScope();
            if (io.github.raceguard.types.Names.refersTo(written, cls, io.github.raceguard.types.Frameworks.PANACHE_ENTITY_BASES)) {
                return true;
            }
            current = types.resolve(written, cls).flatMap(types::sourceType).orElse(null);
        }
        return false;
    }

    private static Optional<TypeDeclaration<?>> enclosingType(Node node) {
        return node.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
    }

    /**
     * The type arguments the callee's class is seen with from the call: {@code E -> Product} for
     * {@code getById(id)} inherited from {@code BaseService<E, ID>} by
     * {@code ProductService extends BaseService<Product, Long>}. Empty when the callee's class is
     * not generic or not reached through a source subclass.
     */
    public Map<String, TypeRef> typeArguments(MethodCallExpr call, CallableDeclaration<?> callee) {
        Optional<TypeDeclaration<?>> declaring = enclosingType(callee);
        Optional<TypeDeclaration<?>> receiver = call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr
                || call.getScope().get() instanceof SuperExpr ? enclosingType(call) : ownerOf(call);
        if (declaring.isEmpty() || receiver.isEmpty() || receiver.get() == declaring.get()) {
            return Map.of();
        }
        for (TypeIndex.Supertype parent : types.superclasses(receiver.get())) {
            if (parent.declaration() == declaring.get()) {
                return parent.bindings();
            }
        }
        return Map.of();
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

    /**
     * The method of {@code owner} or (nearest first) of its source superclasses that {@code call}
     * invokes: the applicable declarations by argument count (varargs included), then the best
     * match of the arguments' declared types against the parameter types; a method with a body
     * wins over an abstract one of the same rank.
     */
    private Optional<MethodDeclaration> method(TypeDeclaration<?> owner, MethodCallExpr call) {
        List<MethodDeclaration> candidates = new ArrayList<>();
        List<TypeDeclaration<?>> chain = new ArrayList<>();
        chain.add(owner);
        types.superclasses(owner).forEach(s -> chain.add(s.declaration()));
        for (TypeDeclaration<?> type : chain) {
            for (MethodDeclaration m : type.getMethodsByName(call.getNameAsString())) {
                if (applicable(m, call.getArguments().size())
                        && candidates.stream().noneMatch(c -> sameParameters(c, m))) { // an override hides what it overrides
                    candidates.add(m);
                }
            }
        }
        // as javac: a fixed-arity overload that fits is chosen before any varargs expansion
        List<MethodDeclaration> fixedArity = candidates.stream()
                .filter(m -> m.getParameters().size() == call.getArguments().size()
                        && (m.getParameters().isEmpty() || !m.getParameter(m.getParameters().size() - 1).isVarArgs()))
                .toList();
        if (!fixedArity.isEmpty()) {
            candidates = fixedArity;
        }
        MethodDeclaration best = null;
        int bestScore = Integer.MIN_VALUE;
        for (MethodDeclaration m : candidates) {
            int score = candidates.size() == 1 ? 0 : Overloads.score(m, call, resolver);
            boolean better = score > bestScore || score == bestScore && best != null && best.getBody().isEmpty() && m.getBody().isPresent();
            if (better) {
                best = m;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean applicable(CallableDeclaration<?> m, int arguments) {
        int parameters = m.getParameters().size();
        boolean varargs = parameters > 0 && m.getParameter(parameters - 1).isVarArgs();
        return arguments == parameters || varargs && arguments >= parameters - 1;
    }

    /** Same parameter types, a type variable matching anything: {@code update(Product)} overrides {@code update(E)}. */
    private boolean sameParameters(MethodDeclaration a, MethodDeclaration b) {
        if (a.getParameters().size() != b.getParameters().size()) {
            return false;
        }
        for (int i = 0; i < a.getParameters().size(); i++) {
            TypeRef ta = types.typeRef(a.getParameter(i).getType(), a.getParameter(i));
            TypeRef tb = types.typeRef(b.getParameter(i).getType(), b.getParameter(i));
            if (!ta.name().equals(tb.name()) && !ta.isVariable() && !tb.isVariable()) {
                return false;
            }
        }
        return true;
    }

    /** For argument {@code index} of a call of {@code callee}: the parameter it binds to (varargs collect the tail). */
    public static int parameterIndex(CallableDeclaration<?> callee, int index) {
        int parameters = callee.getParameters().size();
        boolean varargs = parameters > 0 && callee.getParameter(parameters - 1).isVarArgs();
        return varargs && index >= parameters - 1 ? parameters - 1 : index;
    }

    /** Every call in the sources that resolves to {@code method}. */
    public List<MethodCallExpr> callers(CallableDeclaration<?> method) {
        return callers.get(method, m -> {
            List<MethodCallExpr> found = new ArrayList<>();
            for (MethodCallExpr call : callsByName().getOrDefault(m.getNameAsString(), List.of())) {
                if (applicable(m, call.getArguments().size()) && callee(call).map(c -> c == m).orElse(false)) {
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

    /**
     * The source listener methods a {@code publishEvent(event)} call runs (Spring dispatches an
     * {@code ApplicationEvent} or any object to the listeners of its type): {@code @EventListener}
     * / {@code @TransactionalEventListener} methods and {@code ApplicationListener.onApplicationEvent}
     * whose one parameter is the event's class or a source superclass of it. The event's class is
     * that of the argument ({@code new DiaryDue(..)}, or a variable's declared type). Empty for any
     * other call, and for an event type no source listener takes.
     */
    public List<MethodDeclaration> listeners(MethodCallExpr call) {
        if (!call.getNameAsString().equals("publishEvent") || call.getArguments().size() != 1 || call.getScope().isEmpty()) {
            return List.of();
        }
        Expression event = call.getArgument(0);
        Optional<TypeDeclaration<?>> type = event instanceof ObjectCreationExpr creation
                ? types.resolve(creation.getType().getNameWithScope(), creation).flatMap(types::sourceType)
                : resolver.declaredTypeOf(event).flatMap(t -> types.sourceType(t.name()));
        if (type.isEmpty()) {
            return List.of();
        }
        Map<String, List<MethodDeclaration>> byEvent = listenersByEvent();
        List<MethodDeclaration> found = new ArrayList<>();
        type.get().getFullyQualifiedName().ifPresent(fqn -> found.addAll(byEvent.getOrDefault(fqn, List.of())));
        for (TypeIndex.Supertype supertype : types.superclasses(type.get())) {
            supertype.declaration().getFullyQualifiedName().ifPresent(fqn -> found.addAll(byEvent.getOrDefault(fqn, List.of())));
        }
        return List.copyOf(found);
    }

    private static final Set<String> LISTENER_ANNOTATIONS = Set.of("org.springframework.context.event.EventListener",
            "org.springframework.transaction.event.TransactionalEventListener");

    private Map<String, List<MethodDeclaration>> listenersByEvent() {
        Map<String, List<MethodDeclaration>> index = listenersByEvent;
        if (index == null) {
            synchronized (this) {
                if (listenersByEvent == null) {
                    Map<String, List<MethodDeclaration>> built = new HashMap<>();
                    for (TypeDeclaration<?> type : types.sourceTypes()) {
                        for (MethodDeclaration method : type.getMethods()) {
                            if (method.getParameters().size() == 1 && method.getBody().isPresent()
                                    && method.getParameter(0).getType().isClassOrInterfaceType()
                                    && (io.github.raceguard.types.Names.hasAnnotation(method, LISTENER_ANNOTATIONS)
                                    || method.getNameAsString().equals("onApplicationEvent"))) {
                                types.resolve(method.getParameter(0).getType().asClassOrInterfaceType().getNameWithScope(), method)
                                        .ifPresent(name -> built.computeIfAbsent(name, k -> new ArrayList<>()).add(method));
                            }
                        }
                    }
                    listenersByEvent = built;
                }
                index = listenersByEvent;
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
