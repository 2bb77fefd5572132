package io.github.raceguard.context;


import io.github.raceguard.types.AnnotationValues;
import io.github.raceguard.types.Frameworks;
import io.github.raceguard.types.Names;
import io.github.raceguard.types.TypeResolver;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ThisExpr;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place that decides whether code runs in an effective transaction (SPEC §1):
 * {@code @Transactional} (Spring's or JTA's) on a public, non-final, non-static method or its
 * class, reached from outside the class; or code inside {@code TransactionTemplate.execute} /
 * {@code executeWithoutResult}. A method reached by self-invocation runs in its caller's
 * context, whatever it is annotated with. A method is judged by the weakest context it can be
 * reached in: a public method is always reachable from outside, a private one only through its
 * callers in the class.
 */
public final class Transactions {

    private final Map<CallableDeclaration<?>, TransactionContext> cache = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private final TypeResolver resolver;
    private final CallGraph callGraph;

    public Transactions(TypeResolver resolver, CallGraph callGraph) {
        this.resolver = resolver;
        this.callGraph = callGraph;
    }

    private final Map<TypeDeclaration<?>, Boolean> mentions = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /** A cheap pre-check, once per type: some annotation named Transactional on the type or one of its methods. */
    public boolean mentionsTransactional(TypeDeclaration<?> type) {
        return mentions.computeIfAbsent(type, t -> t.getAnnotations().stream().anyMatch(a -> a.getName().getIdentifier().equals("Transactional"))
                || t.getMethods().stream().anyMatch(m -> m.getAnnotations().stream()
                .anyMatch(a -> a.getName().getIdentifier().equals("Transactional"))));
    }

    /** The context {@code node} runs in: its enclosing TransactionTemplate callback, else its method's. */
    public TransactionContext at(Node node) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof LambdaExpr || n instanceof MethodReferenceExpr) {
                if (isTransactionTemplateCallback(n)) {
                    return templateContext(n);
                }
            }
            if (n instanceof CallableDeclaration<?> callable) {
                return of(callable);
            }
        }
        return TransactionContext.none("not in a method");
    }

    /** The weakest context {@code method} can run in. */
    public TransactionContext of(CallableDeclaration<?> method) {
        TransactionContext known = cache.get(method);
        if (known != null) {
            return known;
        }
        TransactionContext computed = compute(method, new HashSet<>());
        cache.put(method, computed);
        return computed;
    }

    private TransactionContext compute(CallableDeclaration<?> method, Set<CallableDeclaration<?>> inProgress) {
        if (!inProgress.add(method)) {
            return null;
        }
        TransactionContext context = null;
        boolean calledThroughProxy = false;
        if (method instanceof MethodDeclaration declared) {
            for (MethodCallExpr call : callGraph.callers(declared)) {
                TransactionContext caller = callerContext(call, inProgress);
                if (caller == null) {
                    continue; // a recursive call: its context is being computed
                }
                if (CallGraph.isSelfCall(call)) {
                    context = TransactionContext.weaker(context, caller); // self-invocation bypasses the proxy
                } else {
                    calledThroughProxy = true;
                    context = TransactionContext.weaker(context, throughProxy(caller, declared));
                }
            }
        }
        // an entry point: public and not called by another bean of the project (controllers, jobs, listeners)
        if (method.isPublic() && !calledThroughProxy || !(method instanceof MethodDeclaration)) {
            context = TransactionContext.weaker(context, entry(method));
        }
        inProgress.remove(method);
        if (context == null) {
            return entry(method); // nobody calls it: judged by its own annotation, which the proxy may ignore
        }
        if (!context.active() && !method.isPublic() && transactional(method).isPresent()) {
            return TransactionContext.none("@Transactional on the " + (method.isPrivate() ? "private" : "non-public")
                    + " method " + method.getNameAsString() + "() is not applied by Spring's proxy; it runs in its caller's context: "
                    + context.description());
        }
        return context;
    }

    /**
     * The context of {@code method} called through the proxy from code running in {@code caller}:
     * REQUIRED (and NESTED) joins an active transaction, whose isolation stays the outer one;
     * REQUIRES_NEW starts its own; NOT_SUPPORTED and NEVER suspend it; SUPPORTS and MANDATORY take
     * whatever the caller has.
     */
    private TransactionContext throughProxy(TransactionContext caller, MethodDeclaration method) {
        TransactionContext own = entry(method);
        Optional<String> propagation = effectivePropagation(method);
        if (propagation.isEmpty()) {
            return caller; // no transaction attribute the proxy applies
        }
        return switch (propagation.get()) {
            case "REQUIRES_NEW", "NOT_SUPPORTED", "NEVER" -> own;
            case "SUPPORTS", "MANDATORY" -> caller;
            default -> caller.active() ? caller : own;
        };
    }

    /** The propagation of the {@code @Transactional} the proxy applies to {@code method}, if any. */
    private Optional<String> effectivePropagation(MethodDeclaration method) {
        Optional<AnnotationExpr> annotation = applicable(method);
        if (annotation.isEmpty() || method.isStatic() || method.isPrivate() || method.isFinal() || !method.isPublic()) {
            return Optional.empty();
        }
        AnnotationExpr a = annotation.get();
        return Optional.of(isJta(a) ? AnnotationValues.enumName(a, "value").orElse("REQUIRED")
                : AnnotationValues.enumName(a, "propagation").orElse("REQUIRED"));
    }

    private TransactionContext callerContext(MethodCallExpr call, Set<CallableDeclaration<?>> inProgress) {
        for (Node n = call; n != null; n = n.getParentNode().orElse(null)) {
            if ((n instanceof LambdaExpr || n instanceof MethodReferenceExpr) && isTransactionTemplateCallback(n)) {
                return templateContext(n);
            }
            if (n instanceof CallableDeclaration<?> caller) {
                TransactionContext known = cache.get(caller);
                return known != null ? known : compute(caller, inProgress);
            }
        }
        return null;
    }

    /** The context when {@code method} is called from outside its class, through the proxy. */
    public TransactionContext entry(CallableDeclaration<?> method) {
        boolean onMethod = transactional(method).or(() -> onInterfaceMethod(method)).isPresent();
        Optional<TypeDeclaration<?>> owner = method.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        Optional<AnnotationExpr> annotation = applicable(method);
        String name = method.getNameAsString() + "()";
        if (annotation.isEmpty()) {
            return TransactionContext.none("no @Transactional on " + name);
        }
        if (!(method instanceof MethodDeclaration declared)) {
            return TransactionContext.none("constructors do not run in a transaction");
        }
        if (declared.isStatic() || declared.isPrivate() || declared.isFinal() || !declared.isPublic()) {
            String modifier = declared.isStatic() ? "static" : declared.isPrivate() ? "private" : declared.isFinal() ? "final" : "non-public";
            return TransactionContext.none("@Transactional on the " + modifier + " method " + name + " is not applied by Spring's proxy");
        }
        if (owner.isPresent() && owner.get() instanceof ClassOrInterfaceDeclaration cls && cls.isFinal()) {
            return TransactionContext.none("@Transactional on final class " + cls.getNameAsString() + " is not applied by Spring's proxy");
        }
        AnnotationExpr a = annotation.get();
        String where = onMethod ? "@Transactional on " + name : "@Transactional on class " + owner.map(TypeDeclaration::getNameAsString).orElse("?");
        if (isJta(a)) {
            String txType = AnnotationValues.enumName(a, "value").orElse("REQUIRED");
            boolean opens = txType.equals("REQUIRED") || txType.equals("REQUIRES_NEW") || txType.equals("MANDATORY");
            return opens ? new TransactionContext(true, "DEFAULT", false, where)
                    : TransactionContext.none(where + " with TxType." + txType + " runs without a transaction");
        }
        String propagation = AnnotationValues.enumName(a, "propagation").orElse("REQUIRED");
        boolean opens = switch (propagation) {
            case "SUPPORTS", "NOT_SUPPORTED", "NEVER" -> false;
            default -> true;
        };
        if (!opens) {
            return TransactionContext.none(where + " with Propagation." + propagation + " runs without a transaction");
        }
        String isolation = AnnotationValues.enumName(a, "isolation").orElse("DEFAULT");
        return new TransactionContext(true, isolation, AnnotationValues.bool(a, "readOnly"), where);
    }

    /**
     * The context {@code node} runs in when its method is entered the usual way: a public method
     * (or constructor) through the proxy, so by its own annotation; a non-public one from its
     * callers; a TransactionTemplate callback by its template. Unlike {@link #at}, a public
     * method is not judged by its self-invocations: those are its callers' problem.
     */
    public TransactionContext atEntry(Node node) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if ((n instanceof LambdaExpr || n instanceof MethodReferenceExpr) && isTransactionTemplateCallback(n)) {
                return templateContext(n);
            }
            if (n instanceof CallableDeclaration<?> callable) {
                return callable.isPublic() || !(callable instanceof MethodDeclaration) ? entry(callable) : of(callable);
            }
        }
        return TransactionContext.none("not in a method");
    }

    /** The {@code @Transactional} (Spring's or JTA's) written on {@code node} itself, if any. */
    public static Optional<AnnotationExpr> declaredOn(com.github.javaparser.ast.nodeTypes.NodeWithAnnotations<?> node) {
        return transactional(node);
    }

    /**
     * Why Spring's proxy never applies a {@code @Transactional} meant for {@code method}:
     * "private", "static" or "final" for an annotation on the method itself (or "final" for a
     * public final method of a class-level annotated class), "final class" for a method of a
     * final class; empty when the proxy applies it, when none is declared, or when the sources
     * enable AspectJ weaving. Package-private and protected methods are left out (SPEC §1 names
     * private, final and static).
     */
    public Optional<String> ignoredBecause(MethodDeclaration method) {
        if (aspectJWeaving()) {
            return Optional.empty();
        }
        Optional<TypeDeclaration<?>> owner = method.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        boolean finalClass = owner.isPresent() && owner.get() instanceof ClassOrInterfaceDeclaration cls && cls.isFinal();
        if (transactional(method).isPresent()) {
            if (method.isStatic()) {
                return Optional.of("static");
            }
            if (method.isPrivate()) {
                return Optional.of("private");
            }
            if (method.isFinal()) {
                return Optional.of("final");
            }
            return finalClass ? Optional.of("final class") : Optional.empty();
        }
        if (owner.flatMap(Transactions::transactional).isPresent() && method.isPublic() && !method.isStatic()) {
            if (method.isFinal()) {
                return Optional.of("final");
            }
            return finalClass ? Optional.of("final class") : Optional.empty();
        }
        return Optional.empty();
    }

    private volatile Boolean aspectJ;

    /** True when a source class enables AspectJ-woven transactions: {@code @EnableTransactionManagement(mode = AdviceMode.ASPECTJ)}. */
    public boolean aspectJWeaving() {
        Boolean known = aspectJ;
        if (known == null) {
            known = resolver.types().sourceTypes().stream()
                    .flatMap(type -> Names.annotation(type, ENABLE_TRANSACTION_MANAGEMENT).stream())
                    .anyMatch(a -> AnnotationValues.enumName(a, "mode").filter("ASPECTJ"::equals).isPresent());
            aspectJ = known;
        }
        return known;
    }

    private static final Set<String> ENABLE_TRANSACTION_MANAGEMENT = Set.of("org.springframework.transaction.annotation.EnableTransactionManagement");

    private static final Set<String> ALL_TRANSACTIONAL = union(Frameworks.SPRING_TRANSACTIONAL, Frameworks.JTA_TRANSACTIONAL);

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /**
     * The {@code @Transactional} that governs {@code method}: on the method, on the interface
     * method it implements, on its class, or on the interface its class implements — in that order.
     */
    private Optional<AnnotationExpr> applicable(CallableDeclaration<?> method) {
        Optional<TypeDeclaration<?>> owner = method.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        return transactional(method).or(() -> onInterfaceMethod(method))
                .or(() -> owner.flatMap(Transactions::transactional)).or(() -> owner.flatMap(this::onInterface));
    }

    /** Jakarta / javax {@code Transactional} (TxType in {@code value}) rather than Spring's. */
    private static boolean isJta(AnnotationExpr annotation) {
        return Names.qualify(annotation.getNameAsString(), annotation, ALL_TRANSACTIONAL)
                .map(Frameworks.JTA_TRANSACTIONAL::contains).orElse(false);
    }

    /**
     * {@code @Transactional} on the interface method a class method implements: Spring (6+) applies
     * it to interface-based and class-based proxies alike.
     */
    private Optional<AnnotationExpr> onInterfaceMethod(CallableDeclaration<?> method) {
        Optional<TypeDeclaration<?>> owner = method.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        for (TypeDeclaration<?> iface : implementedInterfaces(owner)) {
            for (MethodDeclaration candidate : iface.getMethodsByName(method.getNameAsString())) {
                if (candidate.getParameters().size() == method.getParameters().size()) {
                    Optional<AnnotationExpr> found = transactional(candidate);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<AnnotationExpr> onInterface(TypeDeclaration<?> type) {
        return implementedInterfaces(Optional.of(type)).stream().map(Transactions::transactional)
                .flatMap(Optional::stream).findFirst();
    }

    private List<TypeDeclaration<?>> implementedInterfaces(Optional<TypeDeclaration<?>> owner) {
        if (owner.isEmpty() || !(owner.get() instanceof ClassOrInterfaceDeclaration cls) || cls.isInterface()) {
            return List.of();
        }
        List<TypeDeclaration<?>> interfaces = new java.util.ArrayList<>();
        for (var implemented : cls.getImplementedTypes()) {
            resolver.types().resolve(implemented.getNameWithScope(), cls).flatMap(resolver.types()::sourceType).ifPresent(interfaces::add);
        }
        return interfaces;
    }

    private static Optional<AnnotationExpr> transactional(com.github.javaparser.ast.nodeTypes.NodeWithAnnotations<?> node) {
        return Names.annotation(node, ALL_TRANSACTIONAL);
    }

    /**
     * The transaction a TransactionTemplate callback runs in: the template's settings made in the
     * same class ({@code template.setIsolationLevel(ISOLATION_SERIALIZABLE)},
     * {@code setReadOnly(true)}, {@code setPropagationBehavior(PROPAGATION_NOT_SUPPORTED)});
     * a template configured elsewhere (a {@code @Bean}) runs with the defaults as far as can be seen.
     */
    private TransactionContext templateContext(Node callback) {
        MethodCallExpr execute = (MethodCallExpr) callback.getParentNode().orElseThrow();
        String template = execute.getScope().map(Transactions::variableName).orElse("");
        String isolation = "DEFAULT";
        boolean readOnly = false;
        String propagation = "REQUIRED";
        Optional<TypeDeclaration<?>> owner = callback.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        if (owner.isPresent() && !template.isEmpty()) {
            for (MethodCallExpr setter : owner.get().findAll(MethodCallExpr.class)) {
                if (setter.getArguments().size() != 1 || setter.getScope().map(Transactions::variableName).filter(template::equals).isEmpty()) {
                    continue;
                }
                String value = AnnotationValues.stringValue(setter.getArgument(0));
                value = value.substring(value.lastIndexOf('.') + 1);
                switch (setter.getNameAsString()) {
                    case "setIsolationLevel", "setIsolationLevelName" -> isolation = value.replace("ISOLATION_", "");
                    case "setReadOnly" -> readOnly = value.equals("true");
                    case "setPropagationBehavior", "setPropagationBehaviorName" -> propagation = value.replace("PROPAGATION_", "");
                    default -> { }
                }
            }
        }
        String description = "TransactionTemplate " + template + ".execute callback";
        if (propagation.equals("NOT_SUPPORTED") || propagation.equals("NEVER") || propagation.equals("SUPPORTS")) {
            return TransactionContext.none(description + " with PROPAGATION_" + propagation + " runs without a transaction");
        }
        return new TransactionContext(true, isolation, readOnly, description);
    }

    private static String variableName(com.github.javaparser.ast.expr.Expression scope) {
        if (scope instanceof com.github.javaparser.ast.expr.NameExpr name) {
            return name.getNameAsString();
        }
        if (scope instanceof com.github.javaparser.ast.expr.FieldAccessExpr field && field.getScope() instanceof ThisExpr) {
            return field.getNameAsString();
        }
        return "";
    }

    /** A lambda or method reference passed to {@code TransactionTemplate.execute/executeWithoutResult}. */
    public boolean isTransactionTemplateCallback(Node callback) {
        Optional<Node> parent = callback.getParentNode();
        if (parent.isEmpty() || !(parent.get() instanceof MethodCallExpr call)) {
            return false;
        }
        String name = call.getNameAsString();
        if (!name.equals("execute") && !name.equals("executeWithoutResult") || call.getScope().isEmpty()) {
            return false;
        }
        return resolver.declaredTypeOf(call.getScope().get())
                .map(type -> Frameworks.TRANSACTION_TEMPLATE.contains(type.name())
                        || Names.refersTo(type.name(), call, Frameworks.TRANSACTION_TEMPLATE))
                .orElse(false);
    }
}
