package io.github.raceguard.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import io.github.raceguard.types.AnnotationValues;
import io.github.raceguard.context.CallGraph;
import io.github.raceguard.types.Frameworks;
import io.github.raceguard.types.Locations;
import io.github.raceguard.types.Names;
import io.github.raceguard.context.TransactionContext;
import io.github.raceguard.context.Transactions;
import io.github.raceguard.report.Level;
import io.github.raceguard.report.Location;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code transaction-bypass}: a {@code @Transactional} Spring's proxy never applies (SPEC §1).
 * Reported on the annotated method (its name) for private, final and static methods and for
 * final classes, and on the call for a self-invocation.
 */
public final class TransactionBypassRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "transaction-bypass",
            "TransactionBypass",
            Level.WARNING,
            "A @Transactional that Spring's proxy never applies: on a private, final or static method, in a final class, or reached by self-invocation.",
            "Spring applies @Transactional through a proxy around the bean: only calls that come from outside the bean "
                    + "and reach a public, overridable instance method are intercepted. On a private, final or static method, "
                    + "or in a final class, the annotation is silently ignored; a call on this (x() or this.x()) from a "
                    + "method that is not itself transactional bypasses the proxy, so x() runs without the transaction it "
                    + "declares (or, when the caller has one, without its own propagation, isolation or read-only settings). "
                    + "The code looks protected and is not: writes commit one by one and read-modify-writes race. Not "
                    + "reported when the sources enable AspectJ weaving (@EnableTransactionManagement(mode = ASPECTJ)) or "
                    + "when the call goes through an injected reference to the bean itself.",
            """
            Put the annotation where the proxy sees it: a public method called from another bean.

            **Before** (the private method's annotation is ignored; the self-call skips the proxy):
            ```java
            public void grantBonus(long id) {
                applyBonus(id, 500);           // this.applyBonus: no proxy, no transaction
            }

            @Transactional
            private void applyBonus(long id, long points) { ... }
            ```

            **After**, the transactional work lives in another bean and is called through its proxy:
            ```java
            @Service
            class BonusWriter {
                @Transactional
                public void applyBonus(long id, long points) { ... }
            }

            public void grantBonus(long id) {
                bonusWriter.applyBonus(id, 500);
            }
            ```

            **Or** make the calling method the transactional entry point (`@Transactional public void grantBonus`), or use
            `TransactionTemplate` inside the class. Injecting the bean into itself (`@Lazy @Autowired BonusService self;
            self.applyBonus(..)`) also goes through the proxy.
            """,
            List.of("correctness", "data-integrity", "transactions", "spring"),
            "very-high");

    private static final Set<String> OWN_TRANSACTION = Set.of("REQUIRES_NEW", "NESTED", "NOT_SUPPORTED", "NEVER");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(MethodContext context) {
        Optional<TypeDeclaration> owner = context.method().findAncestor(TypeDeclaration.class);
        if (owner.isEmpty() || !context.model().transactions().mentionsTransactional(owner.get())) {
            return;
        }
        Transactions transactions = context.model().transactions();
        if (transactions.aspectJWeaving()) {
            return;
        }
        if (context.method() instanceof MethodDeclaration method) {
            Optional<String> ignored = transactions.ignoredBecause(method);
            if (ignored.isPresent()) {
                reportIgnored(context, method, ignored.get());
                return;
            }
        }
        selfInvocation(context, transactions);
    }

    private void reportIgnored(MethodContext context, MethodDeclaration method, String why) {
        Optional<AnnotationExpr> onMethod = Transactions.declaredOn(method);
        Optional<TypeDeclaration<?>> owner = method.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        String name = method.getNameAsString() + "()";
        if (onMethod.isEmpty() && why.equals("final class")) {
            // a class-level annotation on a final class: one finding, on the class, from its first method
            if (owner.isEmpty() || owner.get().getMethods().isEmpty() || owner.get().getMethods().get(0) != method) {
                return;
            }
            AnnotationExpr annotation = Transactions.declaredOn(owner.get()).orElseThrow();
            String cls = owner.get().getNameAsString();
            context.report(DESCRIPTOR, "@Transactional [here](1) on the final class " + cls + " is never applied: Spring's proxy "
                            + "cannot subclass a final class, so none of its methods runs in a transaction. Fix: remove final from " + cls + ".",
                    Locations.of(((ClassOrInterfaceDeclaration) owner.get()).getName(), "final class with @Transactional"),
                    List.of(Locations.of(annotation, "@Transactional on the class")), List.of());
            return;
        }
        AnnotationExpr annotation = onMethod.or(() -> owner.flatMap(Transactions::declaredOn)).orElseThrow();
        String what = switch (why) {
            case "private" -> "the private method " + name + ": the proxy only intercepts public methods called from outside the bean";
            case "static" -> "the static method " + name + ": a static method is never called through the proxy";
            case "final" -> "the final method " + name + ": the proxy subclass cannot override it, so the call runs on the "
                    + "uninitialized proxy instance without a transaction";
            default -> name + " in the final class " + owner.map(TypeDeclaration::getNameAsString).orElse("?")
                    + ": the proxy cannot subclass a final class";
        };
        String fix = switch (why) {
            case "private", "static" -> "Fix: make it a public instance method and call it from another bean, or use TransactionTemplate.";
            case "final" -> "Fix: remove final from " + name + ".";
            default -> "Fix: remove final from the class.";
        };
        context.report(DESCRIPTOR, "@Transactional [here](1) is never applied on " + what + ". It runs without a transaction "
                        + "(or in whatever its caller has), so its writes commit one by one. " + fix,
                Locations.of(method.getName(), "@Transactional is not applied to " + name),
                List.of(Locations.of(annotation, "@Transactional")), List.of());
    }

    /** The first call on this of a method whose @Transactional would apply through the proxy. */
    private void selfInvocation(MethodContext context, Transactions transactions) {
        if (transactions.selfInvocationIntercepted(context.method())) {
            return; // Quarkus ArC intercepts self-invocations: no proxy is bypassed
        }
        CallableDeclaration<?> caller = context.method();
        CallGraph callGraph = context.model().callGraph();
        for (Node call : caller.findAll(Node.class, n -> n instanceof MethodCallExpr c && CallGraph.isSelfCall(c)
                || n instanceof MethodReferenceExpr r && r.getScope() instanceof ThisExpr)) {
            if (!ownCode(call, caller)) {
                continue;
            }
            Optional<MethodDeclaration> target = call instanceof MethodCallExpr invocation ? callGraph.callee(invocation)
                    : caller.findAncestor(TypeDeclaration.class).flatMap(t -> ((TypeDeclaration<?>) t)
                    .getMethodsByName(((MethodReferenceExpr) call).getIdentifier()).stream().findFirst());
            if (target.isEmpty() || target.get() == caller || !sameClass(target.get(), caller)
                    || !target.get().isPublic() || transactions.ignoredBecause(target.get()).isPresent()
                    || transactions.interceptsSelfCalls(target.get())) {
                continue;
            }
            Optional<AnnotationExpr> annotation = Transactions.declaredOn(target.get())
                    .or(() -> target.get().findAncestor(TypeDeclaration.class).flatMap(t -> Transactions.declaredOn((TypeDeclaration<?>) t)));
            if (annotation.isEmpty()) {
                continue;
            }
            TransactionContext callerContext = transactions.at(call);
            TransactionContext declared = transactions.entry(target.get());
            String name = target.get().getNameAsString() + "()";
            String from = caller.getNameAsString() + (caller instanceof MethodDeclaration ? "()" : " (constructor)");
            Location primary = Locations.of(call, "self-invocation of " + name + " bypasses the proxy");
            String tx = "@" + annotation.get().getName().getIdentifier();
            String proxy = io.github.raceguard.context.EjbTransactions.isAttribute(annotation.get()) ? "the EJB container's proxy" : "Spring's proxy";
            List<Location> related = List.of(Locations.of(annotation.get(), tx + " on " + name));
            if (!callerContext.active()) {
                if (declared.active()) {
                    boolean writes = makesWrites(context, target.get());
                    context.report(DESCRIPTOR, writes ? Level.WARNING : Level.NOTE, "Self-invocation bypasses " + tx + ": " + from
                                    + " calls " + name + " on this, so the call does not go through " + proxy + " and the " + tx
                                    + " [here](1) is not applied; " + name + " runs without a transaction, like its caller ("
                                    + callerContext.description() + "). "
                                    + (writes ? "" : name + " makes no data-layer writes, so nothing is left half-applied: only "
                                    + "reading in one transaction (one snapshot, lazy loading) is lost. ")
                                    + "Fix: move " + name + " to another bean and call it there, call it through an injected "
                                    + "reference to this bean, or make " + from + " transactional.",
                            primary, related, List.of());
                    return;
                }
                continue;
            }
            Optional<String> conflict = conflict(annotation.get(), declared, callerContext);
            if (conflict.isPresent()) {
                boolean writes = makesWrites(context, target.get());
                context.report(DESCRIPTOR, writes ? Level.WARNING : Level.NOTE, "Self-invocation bypasses " + tx + ": " + from
                                + " calls " + name + " on this, so " + proxy + " does not apply its " + tx + " [here](1): "
                                + conflict.get() + " " + name + " simply joins the caller's transaction ("
                                + callerContext.description() + "). "
                                + (writes ? "" : name + " makes no data-layer writes, so no write is lost or left half-applied. ")
                                + "Fix: move " + name + " to another bean and call it there, or call it through an injected "
                                + "reference to this bean.",
                        primary, related, List.of());
                return;
            }
        }
    }

    /**
     * Whether {@code target} writes through the data layer, itself or through its callees. A
     * bypassed transaction around reads only loses read consistency, not atomicity: a note.
     */
    private static boolean makesWrites(MethodContext context, MethodDeclaration target) {
        return context.model().dataWrites().of(target).writes().stream().anyMatch(w -> w.kind().dataLayer());
    }

    /** Settings of the callee's annotation that joining the caller's transaction silently drops. */
    private static Optional<String> conflict(AnnotationExpr annotation, TransactionContext declared, TransactionContext caller) {
        boolean jta = Names.refersTo(annotation.getNameAsString(), annotation, Frameworks.JTA_TRANSACTIONAL)
                || io.github.raceguard.context.EjbTransactions.isAttribute(annotation);
        String propagation = AnnotationValues.enumName(annotation, jta ? "value" : "propagation").orElse("REQUIRED");
        if (OWN_TRANSACTION.contains(propagation)) {
            String kind = io.github.raceguard.context.EjbTransactions.isAttribute(annotation) ? "TransactionAttributeType."
                    : jta ? "TxType." : "Propagation.";
            return Optional.of("its " + kind + propagation + " is ignored and");
        }
        if (declared.active() && declared.isolation() != null && !declared.isolation().equals("DEFAULT")
                && !declared.isolation().equals(caller.isolation())) {
            return Optional.of("its " + declared.isolation() + " isolation is ignored and");
        }
        if (caller.readOnly() && declared.active() && !declared.readOnly()) {
            return Optional.of("it is meant to write, but");
        }
        return Optional.empty();
    }

    private static boolean sameClass(MethodDeclaration target, CallableDeclaration<?> caller) {
        Optional<TypeDeclaration> a = target.findAncestor(TypeDeclaration.class);
        Optional<TypeDeclaration> b = caller.findAncestor(TypeDeclaration.class);
        return a.isPresent() && b.isPresent() && a.get() == b.get();
    }

    private static boolean ownCode(Node node, CallableDeclaration<?> method) {
        return node.findAncestor(CallableDeclaration.class).map(c -> c == method).orElse(false);
    }
}
