package io.github.raceguard.model;

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

    private final Map<CallableDeclaration<?>, TransactionContext> cache = new ConcurrentHashMap<>();
    private final TypeResolver resolver;

    public Transactions(TypeResolver resolver) {
        this.resolver = resolver;
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
        if (method.isPublic() || !(method instanceof MethodDeclaration)) {
            context = entry(method);
        }
        Optional<TypeDeclaration<?>> owner = method.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        if (owner.isPresent() && method instanceof MethodDeclaration declared) {
            for (MethodCallExpr call : owner.get().findAll(MethodCallExpr.class)) {
                if (isSelfCall(call, declared)) {
                    TransactionContext callerContext = callerContext(call, inProgress);
                    context = TransactionContext.weaker(context, callerContext);
                }
            }
        }
        inProgress.remove(method);
        if (context == null) {
            return entryWhenUnreached(method);
        }
        if (!context.active() && !method.isPublic() && transactional(method).isPresent()) {
            return TransactionContext.none("@Transactional on the " + (method.isPrivate() ? "private" : "non-public")
                    + " method " + method.getNameAsString() + "() is not applied by Spring's proxy; it runs in its caller's context: "
                    + context.description());
        }
        return context;
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

    /** A private method nobody calls: judged by its own annotation, which the proxy ignores. */
    private TransactionContext entryWhenUnreached(CallableDeclaration<?> method) {
        return entry(method);
    }

    /** The context when {@code method} is called from outside its class, through the proxy. */
    public TransactionContext entry(CallableDeclaration<?> method) {
        Optional<AnnotationExpr> onMethod = transactional(method);
        Optional<TypeDeclaration<?>> owner = method.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        Optional<AnnotationExpr> onClass = owner.flatMap(Transactions::transactional);
        Optional<AnnotationExpr> annotation = onMethod.isPresent() ? onMethod : onClass;
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
        String where = onMethod.isPresent() ? "@Transactional on " + name : "@Transactional on class " + owner.map(TypeDeclaration::getNameAsString).orElse("?");
        boolean jta = Names.qualify(a.getNameAsString(), a, ALL_TRANSACTIONAL).map(Frameworks.JTA_TRANSACTIONAL::contains).orElse(false);
        if (jta) {
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

    private static final Set<String> ALL_TRANSACTIONAL = union(Frameworks.SPRING_TRANSACTIONAL, Frameworks.JTA_TRANSACTIONAL);

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static Optional<AnnotationExpr> transactional(com.github.javaparser.ast.nodeTypes.NodeWithAnnotations<?> node) {
        return Names.annotation(node, ALL_TRANSACTIONAL);
    }

    /** A call of {@code target} on {@code this} (implicit or explicit): it bypasses the proxy. */
    public static boolean isSelfCall(MethodCallExpr call, MethodDeclaration target) {
        if (!call.getNameAsString().equals(target.getNameAsString())
                || call.getArguments().size() != target.getParameters().size()) {
            return false;
        }
        if (call.getScope().isPresent() && !(call.getScope().get() instanceof ThisExpr)) {
            return false;
        }
        return call.findAncestor(TypeDeclaration.class).map(t -> t == target.findAncestor(TypeDeclaration.class).orElse(null)).orElse(false);
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
        return resolver.typeOf(call.getScope().get())
                .map(type -> Frameworks.TRANSACTION_TEMPLATE.contains(type.name())
                        || Names.refersTo(type.name(), call, Frameworks.TRANSACTION_TEMPLATE))
                .orElse(false);
    }
}
