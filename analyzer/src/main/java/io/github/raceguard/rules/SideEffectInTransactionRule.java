package io.github.raceguard.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.raceguard.context.CallingContexts;
import io.github.raceguard.context.TransactionContext;
import io.github.raceguard.context.Transactions;
import io.github.raceguard.datalayer.ExternalCalls;
import io.github.raceguard.model.ProjectModel;
import io.github.raceguard.report.Level;
import io.github.raceguard.report.Location;
import io.github.raceguard.types.AnnotationValues;
import io.github.raceguard.types.Locations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code side-effect-in-transaction}: a message, e-mail, HTTP call or other call to another
 * system made inside an effective transaction ({@link Transactions} decides, calling contexts
 * included), before it commits. Reported on the call itself, naming the transaction, with a code
 * flow from the method that begins the transaction down to the call. A send in a synchronous
 * {@code @EventListener} counts in the transaction of the code that published the event.
 */
public final class SideEffectInTransactionRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "side-effect-in-transaction",
            "SideEffectInTransaction",
            Level.WARNING,
            "A message, e-mail, HTTP POST/PUT/PATCH/DELETE or other call to another system made inside a transaction, before it commits.",
            "A call to another system cannot be rolled back. Made inside a transaction, it escapes before the commit: if "
                    + "the transaction then rolls back (a later statement fails, the commit fails), the message was sent, the "
                    + "e-mail delivered, the payment requested for data that never existed; and a consumer that reacts at once "
                    + "can look up rows that are not committed yet and find nothing. Not reported inside "
                    + "@TransactionalEventListener(phase = AFTER_COMMIT) handlers and TransactionSynchronization afterCommit "
                    + "callbacks, for a transactional outbox (the message is a row inserted in the transaction), for Kafka, JMS "
                    + "and Rabbit templates the configuration binds to the transaction (a Kafka transaction-id-prefix, a "
                    + "transacted JMS session or Rabbit channel, JTA), in read-only transactions and transactions that write "
                    + "nothing, and for reads (HTTP GET).",
            """
            Make the call after the commit, or write it to an outbox table inside the transaction.

            **Before** (the confirmation e-mail goes out even when saving the order fails):
            ```java
            @Transactional
            public Order place(Cart cart) {
                Order order = orders.save(Order.from(cart));
                mailSender.send(confirmation(order));      // escapes before the commit
                stock.reserve(order);                       // may still throw and roll back
                return order;
            }
            ```

            **After**: publish an event and send from a listener that runs after the commit:
            ```java
            @Transactional
            public Order place(Cart cart) {
                Order order = orders.save(Order.from(cart));
                events.publishEvent(new OrderPlaced(order.getId()));
                stock.reserve(order);
                return order;
            }

            @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
            public void onPlaced(OrderPlaced event) {
                mailSender.send(confirmation(event.orderId()));
            }
            ```
            For messages that must not be lost, insert them into an outbox table in the transaction and relay them
            afterwards (a polling publisher or change data capture).
            """,
            List.of("correctness", "data-integrity", "transactions", "messaging"),
            "medium");

    /** Calls that run their callback after the commit: Spring's registration and the usual helpers around it. */
    private static final Pattern AFTER_COMMIT = Pattern.compile("(?i).*(aftercommit|registersynchronization|aftercompletion).*");
    private static final Set<String> SYNCHRONIZATION_CALLBACKS = Set.of("afterCommit", "afterCompletion");
    private static final int MAX_DEPTH = 6;

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(MethodContext context) {
        if (!(context.method() instanceof MethodDeclaration method) || method.getBody().isEmpty()
                || SYNCHRONIZATION_CALLBACKS.contains(method.getNameAsString()) || afterCommitListener(method)) {
            return;
        }
        ProjectModel model = context.model();
        for (MethodCallExpr call : method.getBody().get().findAll(MethodCallExpr.class)) {
            if (call.findAncestor(CallableDeclaration.class).orElse(null) != method) {
                continue; // a method of an anonymous or local class: checked as its own method
            }
            Optional<ExternalCalls.Outbound> outbound = outbound(call, model);
            if (outbound.isEmpty() || model.messaging().boundToTransaction(outbound.get().description()) || afterCommitCallback(call, method, model)) {
                continue;
            }
            TransactionContext tx = model.transactions().at(call);
            if (tx.active()) {
                if (!tx.readOnly()) {
                    inTransaction(context, call, outbound.get(), tx);
                }
            } else {
                inPublishersTransaction(context, method, call, outbound.get());
            }
        }
    }

    private static Optional<ExternalCalls.Outbound> outbound(MethodCallExpr call, ProjectModel model) {
        Optional<MethodDeclaration> callee = model.callGraph().callee(call);
        if (callee.isPresent()) {
            return callee.get().getBody().isPresent() ? Optional.empty() : model.externalCalls().ofDeclared(call, callee.get());
        }
        return model.externalCalls().classify(call);
    }

    private void inTransaction(MethodContext context, MethodCallExpr call, ExternalCalls.Outbound outbound, TransactionContext tx) {
        ProjectModel model = context.model();
        Optional<Chain> chain = chain(model, context.method(), 0, Collections.newSetFromMap(new IdentityHashMap<>()));
        if (chain.isPresent() && !writes(model, chain.get().boundary())) {
            return; // a transaction that writes nothing: a rollback loses nothing, nothing is uncommitted
        }
        List<Location> flow = new ArrayList<>(chain.map(Chain::steps).orElse(List.of()));
        flow.add(Locations.of(call, "calls " + outbound.description()));
        String transaction = chain.map(Chain::description).orElse(tx.description());
        Location boundary = chain.map(c -> c.boundary() instanceof MethodDeclaration m
                ? Locations.of(m.getName(), transaction) : Locations.of(c.boundary(), transaction))
                .orElse(Locations.of(call, transaction));
        report(context, call, outbound, "inside the transaction of " + transaction + " [here](2)", boundary, flow);
    }

    /** A send in a synchronous {@code @EventListener}: it runs in the publisher's transaction. */
    private void inPublishersTransaction(MethodContext context, MethodDeclaration listener, MethodCallExpr call, ExternalCalls.Outbound outbound) {
        if (!has(listener, "EventListener") || has(listener, "Async") || listener.findAncestor(TypeDeclaration.class)
                .map(t -> ((TypeDeclaration<?>) t).getAnnotations().stream().anyMatch(a -> a.getName().getIdentifier().equals("Async"))).orElse(false)) {
            return;
        }
        ProjectModel model = context.model();
        List<MethodCallExpr> publishers = new ArrayList<>();
        for (String name : List.of("publishEvent", "publish")) {
            for (MethodCallExpr publish : model.callGraph().callsNamed(name)) {
                if (model.callGraph().listeners(publish).contains(listener)) {
                    publishers.add(publish);
                }
            }
        }
        if (publishers.isEmpty()) {
            return;
        }
        TransactionContext tx = null;
        for (MethodCallExpr publish : publishers) {
            TransactionContext here = model.transactions().at(publish);
            if (!here.active() || here.readOnly()) {
                return; // published outside a transaction too: judged where that happens
            }
            tx = tx == null ? here : tx;
        }
        MethodCallExpr publish = publishers.get(0);
        List<Location> flow = List.of(Locations.of(publish, "publishes an event; @EventListener " + listener.getNameAsString()
                + "() runs synchronously, inside the transaction"), Locations.of(call, "calls " + outbound.description()));
        report(context, call, outbound, "inside the transaction of " + tx.description() + " [here](2): @EventListener "
                + listener.getNameAsString() + "() runs synchronously in the thread and transaction of the code that publishes its event",
                Locations.of(publish, "publishes the event inside the transaction of " + tx.description()), flow);
    }

    private static void report(MethodContext context, MethodCallExpr call, ExternalCalls.Outbound outbound, String where,
                               Location transaction, List<Location> flow) {
        String message = "Side effect in transaction: " + outbound.description() + " [here](1) is called " + where
                + ", before it commits. The call cannot be rolled back: if the transaction rolls back afterwards, "
                + "the effect has already escaped, and a consumer that reacts at once can read data that is not committed yet. "
                + "Fix: make the call after the commit (@TransactionalEventListener(phase = AFTER_COMMIT), "
                + "TransactionSynchronization.afterCommit), or insert it into an outbox table in the transaction and relay it.";
        context.report(DESCRIPTOR, message, Locations.of(call, "calls " + outbound.description()),
                List.of(Locations.of(call, "calls " + outbound.description()), transaction), flow);
    }

    /** Where the transaction begins and the calls from there down to {@code method}. */
    private record Chain(Node boundary, String description, List<Location> steps) {
    }

    private static Optional<Chain> chain(ProjectModel model, CallableDeclaration<?> method, int depth, Set<CallableDeclaration<?>> seen) {
        Transactions transactions = model.transactions();
        if (transactions.entry(method).active()) {
            String description = transactions.entry(method).description();
            return Optional.of(new Chain(method, description, List.of(Locations.of(name(method), "the transaction begins: " + description))));
        }
        if (depth >= MAX_DEPTH || !seen.add(method)) {
            return Optional.empty();
        }
        CallingContexts contexts = transactions.callingContexts();
        Optional<Chain> first = Optional.empty();
        for (CallingContexts.Site site : contexts.sites(method)) {
            if (!transactions.at(site.node()).active()) {
                continue;
            }
            Optional<Node> template = templateCallback(site.node(), transactions);
            Optional<Chain> outer = template.isPresent()
                    ? template.map(t -> new Chain(t.getParentNode().orElse(t), "a TransactionTemplate callback",
                    List.of(Locations.of(t.getParentNode().orElse(t), "the transaction begins: a TransactionTemplate callback"))))
                    : site.node().findAncestor(CallableDeclaration.class).flatMap(c -> chain(model, c, depth + 1, seen));
            if (outer.isPresent()) {
                List<Location> steps = new ArrayList<>(outer.get().steps());
                steps.add(Locations.ofStatement(site.node(), "calls " + method.getNameAsString() + "()"));
                Chain found = new Chain(outer.get().boundary(), outer.get().description(), steps);
                if (writes(model, found.boundary())) {
                    return Optional.of(found); // a transaction with something to roll back names the finding
                }
                first = first.isPresent() ? first : Optional.of(found);
            }
        }
        return first;
    }

    private static Optional<Node> templateCallback(Node node, Transactions transactions) {
        for (Node n = node.getParentNode().orElse(null); n != null && !(n instanceof CallableDeclaration<?>); n = n.getParentNode().orElse(null)) {
            if ((n instanceof LambdaExpr || n instanceof MethodReferenceExpr) && transactions.isTransactionTemplateCallback(n)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    private static Node name(CallableDeclaration<?> method) {
        return method.getName();
    }

    /** The transaction writes through the data layer or by dirty checking (directly or through what it calls). */
    private static boolean writes(ProjectModel model, Node boundary) {
        CallableDeclaration<?> method = boundary instanceof CallableDeclaration<?> c ? c
                : boundary.findAncestor(CallableDeclaration.class).orElse(null);
        return method == null || model.dataWrites().of(method).writes().stream().anyMatch(w -> w.kind().dataLayer())
                || !model.readModifyWrites().writes(method).isEmpty(); // JPA dirty checking writes at commit
    }

    /**
     * The call runs in a callback registered to run after the commit: a lambda, method reference
     * or anonymous class handed to {@code registerSynchronization} / an {@code afterCommit(..)}
     * helper, or to a source method that registers a synchronization with it.
     */
    private static boolean afterCommitCallback(MethodCallExpr call, MethodDeclaration method, ProjectModel model) {
        for (Node n = call.getParentNode().orElse(null); n != null && n != method; n = n.getParentNode().orElse(null)) {
            if (!(n instanceof LambdaExpr || n instanceof MethodReferenceExpr || n instanceof ObjectCreationExpr)) {
                continue;
            }
            if (n.getParentNode().orElse(null) instanceof MethodCallExpr runner && runner.getArguments().contains((Expression) n)) {
                if (AFTER_COMMIT.matcher(runner.getNameAsString()).matches()) {
                    return true;
                }
                Optional<MethodDeclaration> callee = model.callGraph().callee(runner);
                if (callee.isPresent() && callee.get().getBody().isPresent() && callee.get().getBody().get().findAll(MethodCallExpr.class)
                        .stream().anyMatch(c -> AFTER_COMMIT.matcher(c.getNameAsString()).matches())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code @TransactionalEventListener} runs after the commit unless its phase is BEFORE_COMMIT. */
    private static boolean afterCommitListener(MethodDeclaration method) {
        for (AnnotationExpr a : method.getAnnotations()) {
            if (a.getName().getIdentifier().equals("TransactionalEventListener")) {
                return !AnnotationValues.enumName(a, "phase").orElse("AFTER_COMMIT").equals("BEFORE_COMMIT");
            }
        }
        return false;
    }

    private static boolean has(MethodDeclaration method, String annotation) {
        return method.getAnnotations().stream().anyMatch(a -> a.getName().getIdentifier().equals(annotation));
    }
}
