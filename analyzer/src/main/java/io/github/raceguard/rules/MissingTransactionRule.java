package io.github.raceguard.rules;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import io.github.raceguard.context.CallGraph;
import io.github.raceguard.flow.DataWrites;
import io.github.raceguard.model.ProjectModel;
import io.github.raceguard.types.TestSources;
import io.github.raceguard.context.TransactionContext;
import io.github.raceguard.report.Level;
import io.github.raceguard.report.Location;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code missing-transaction}: a public bean method whose writes commit separately (SPEC §1).
 * Reported on the second write: from there on, a failure leaves the first one committed.
 */
public final class MissingTransactionRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "missing-transaction",
            "MissingTransaction",
            Level.WARNING,
            "One operation performs two or more data-layer writes with no effective transaction around them.",
            "A public method of a Spring bean writes through the data layer two or more times (directly or through "
                    + "the methods it calls) and no effective transaction spans the writes: each repository call commits on "
                    + "its own. When a later write fails (a constraint violation, a timeout, the instance being stopped) the "
                    + "earlier writes stay committed and the data is left half-applied: an order without its lines, money "
                    + "debited but never credited. Concurrent requests also see the intermediate state. Writes in "
                    + "exclusive branches, a single saveAll, and code in @Transactional or TransactionTemplate scope are "
                    + "not reported; neither is test code.",
            """
            Run the writes in one transaction, so they commit or roll back together.

            **Before** (the debit commits even when the credit fails):
            ```java
            public void transfer(long from, long to, BigDecimal amount) {
                accounts.save(accounts.findById(from).orElseThrow().debit(amount));
                accounts.save(accounts.findById(to).orElseThrow().credit(amount));
            }
            ```

            **After**:
            ```java
            @Transactional
            public void transfer(long from, long to, BigDecimal amount) {
                accounts.save(accounts.findById(from).orElseThrow().debit(amount));
                accounts.save(accounts.findById(to).orElseThrow().credit(amount));
            }
            ```

            **Or** programmatically:
            ```java
            transactionTemplate.executeWithoutResult(status -> {
                accounts.save(debited);
                accounts.save(credited);
            });
            ```
            The annotation only works on a public method called from another bean (see `transaction-bypass`).
            """,
            List.of("concurrency", "correctness", "data-integrity", "transactions"),
            "high");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(MethodContext context) {
        if (!(context.method() instanceof MethodDeclaration method) || !isOperation(method, context.model())) {
            return;
        }
        // its own transaction, or the one every caller in the sources runs it in (SPEC §7)
        TransactionContext entry = context.model().transactions().of(method);
        if (entry.active() || context.model().transactions().entry(method).active()) {
            return;
        }
        List<DataWrites.Unit> units = context.model().dataWrites().of(method).longestPath();
        if (units.size() < 2 || composedInCallee(units, context.model())) {
            return;
        }
        DataWrites.Unit first = units.get(0);
        DataWrites.Unit second = units.get(1);
        List<Location> related = new ArrayList<>();
        related.add(writeOf(first, units).withMessage("first write: " + first.description()));
        related.add(writeOf(second, units).withMessage("then: " + second.description()));
        StringBuilder message = new StringBuilder("Missing transaction: ").append(method.getNameAsString())
                .append("() makes ").append(units.size()).append(" data-layer writes that commit separately: ")
                .append(first.description()).append(" [here](1), then ").append(second.description()).append(" [here](2)");
        if (units.size() > 2) {
            related.add(writeOf(units.get(2), units).withMessage("then: " + units.get(2).description()));
            message.append(", then ").append(units.get(2).description()).append(" [here](3)");
            if (units.size() > 3) {
                message.append(" and ").append(units.size() - 3).append(" more");
            }
        }
        message.append(". No transaction spans them (").append(entry.description()).append(")");
        if (units.stream().anyMatch(u -> u.callee() != null && u.description().endsWith("(its own transaction)"))) {
            message.append("; a transactional method of another bean commits when it returns");
        }
        message.append(", so when a later write fails the earlier ones stay committed and the data is left half-applied. ")
                .append("Fix: annotate ").append(method.getNameAsString())
                .append("() with @Transactional (it is public and called through the bean), or run the writes in TransactionTemplate.execute.");
        List<Location> flow = new ArrayList<>(first.steps());
        flow.addAll(second.steps());
        context.report(DESCRIPTOR, message.toString(), second.site().withMessage(second.description()), related, flow);
    }

    /**
     * Where the unit's (first) write happens: in a callee when the unit comes from a call. A call
     * of a transactional method of another bean commits as a whole, so it is named by the call
     * site in the composing method; so is a callee's write reached by more than one of the units
     * (the same helper called twice), which would otherwise name one location for both.
     */
    private static Location writeOf(DataWrites.Unit unit, List<DataWrites.Unit> units) {
        if (unit.steps().isEmpty() || unit.callee() != null && unit.description().endsWith("(its own transaction)")) {
            return unit.site();
        }
        Location write = deepest(unit);
        boolean shared = units.stream().anyMatch(u -> u != unit && !u.steps().isEmpty() && sameLine(deepest(u), write));
        return shared ? unit.site() : write;
    }

    private static Location deepest(DataWrites.Unit unit) {
        return unit.steps().get(unit.steps().size() - 1);
    }

    private static boolean sameLine(Location a, Location b) {
        return a.file().equals(b.file()) && a.line() == b.line() && a.column() == b.column();
    }

    /** A public, non-static method of a bean, outside test code: an operation callers invoke through the proxy. */
    private static boolean isOperation(MethodDeclaration method, ProjectModel model) {
        if (!method.isPublic() || method.isStatic() || method.getBody().isEmpty() || TestSources.isTestCode(method)) {
            return false;
        }
        Optional<TypeDeclaration<?>> owner = method.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        return owner.isPresent() && model.singletons().isSingleton(owner.get());
    }

    /**
     * All writes come from one call of a method that owns the finding: a method reported by this
     * rule itself (the nearest method that composes the writes, SPEC §1), or a transactional
     * method reached by self-invocation (that call is a {@code transaction-bypass}).
     */
    private static boolean composedInCallee(List<DataWrites.Unit> units, ProjectModel model) {
        DataWrites.Unit first = units.get(0);
        if (first.callee() == null || !(first.callee() instanceof MethodDeclaration callee)
                || units.stream().anyMatch(u -> u.at() != first.at())) {
            return false;
        }
        if (model.transactions().entry(callee).active()) {
            return first.at() instanceof MethodCallExpr call && CallGraph.isSelfCall(call)
                    || first.at() instanceof MethodReferenceExpr reference && isSelfReference(reference);
        }
        return isOperation(callee, model) && model.dataWrites().of(callee).longestPath().size() >= 2;
    }

    /** {@code this::archiveOne} or {@code OwnType::archiveOne}: a method reference that runs the method on this bean, not through the proxy. */
    private static boolean isSelfReference(MethodReferenceExpr reference) {
        return reference.getScope() instanceof ThisExpr || reference.getScope() instanceof TypeExpr;
    }
}
