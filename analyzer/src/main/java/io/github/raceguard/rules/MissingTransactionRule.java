package io.github.raceguard.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
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
import java.util.regex.Pattern;

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
        List<DataWrites.Unit> units = oneUnitPerManualTransaction(context.model().dataWrites().of(method).longestPath(), context.model());
        if (units.size() < 2 || composedInCallee(units, context.model())) {
            return;
        }
        DataWrites.Unit first = units.get(0);
        DataWrites.Unit second = units.get(1);
        if (context.model().transactions().sameHandManagedTransaction(first.at(), second.at())) {
            return; // utx.begin() .. utx.commit() around both
        }
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
                .append(FixAdvice.missingTransaction(context.model().transactions().stackAt(method), method.getNameAsString()));
        List<Location> flow = new ArrayList<>(first.steps());
        flow.addAll(second.steps());
        Optional<String> harmless = harmlessShape(method, units, context.model());
        harmless.ifPresent(reason -> message.append(" Ranked as a note: ").append(reason).append('.'));
        context.report(DESCRIPTOR, harmless.isPresent() ? Level.NOTE : DESCRIPTOR.defaultLevel(), message.toString(),
                second.site().withMessage(second.description()), related, flow);
    }

    /**
     * Writes inside one hand-managed transaction ({@code setAutoCommit(false)} .. {@code commit()},
     * {@code getTransaction} .. {@code commit(status)}) commit together: the first of them stands for all.
     */
    private static List<DataWrites.Unit> oneUnitPerManualTransaction(List<DataWrites.Unit> units, ProjectModel model) {
        List<DataWrites.Unit> kept = new ArrayList<>();
        Object previous = null;
        for (DataWrites.Unit unit : units) {
            Object region = model.transactions().manualRegion(unit.at()).orElse(null);
            if (region == null || !region.equals(previous)) {
                kept.add(unit);
            }
            previous = region;
        }
        return kept;
    }

    /** The last camel-case word of an entity name (DO / PO / Entity suffix removed) that names a log or audit row. */
    private static final Pattern LOG_ENTITY = Pattern.compile("(?:.*[a-z0-9])?(?:Logs?|Logininfor|Audit[A-Za-z]*)");
    /** A table name (or its last {@code _} segment) naming a log or audit table. */
    private static final Pattern LOG_TABLE = Pattern.compile("(?:.*_)?(?:logs?|logininfor|audit\\w*)");
    /** Client types of another system whose calls a database transaction cannot include. */
    private static final Pattern OTHER_SYSTEM = Pattern.compile(
            ".*(VectorStore|PayClient|OssClient|FileClient|StorageClient|S3Client|AmazonS3|MinioClient|ObjectStorage)");
    /** Operations that change state in that system (set-up such as {@code init} or reads such as {@code getOrder} do not). */
    private static final Pattern CHANGE_CALL = Pattern.compile(
            "(add|accept|write|delete|remove|put|upload|store|copy|unified|create|submit|send|pay|refund|transfer|close|cancel)([A-Z0-9_].*)?");
    private static final int MAX_DEPTH = 3;

    /**
     * Why a partial completion of these writes is harmless or beyond a database transaction, if
     * it is (the finding is then a note): (a) apart from inserting log / audit rows only one write
     * remains; (b) a call to another system sits between the first two writes; (c) every write
     * after the first is made per item of a loop inside a try/catch that swallows that item's failure.
     */
    static Optional<String> harmlessShape(MethodDeclaration method, List<DataWrites.Unit> units, ProjectModel model) {
        DataWrites.Summary summary = model.dataWrites().of(method);
        List<String> logs = new ArrayList<>();
        int others = 0;
        for (DataWrites.Unit unit : units) {
            Optional<String> log = logInsert(unit, summary);
            if (log.isPresent()) {
                logs.add(log.get());
            } else {
                others++;
            }
        }
        if (!logs.isEmpty() && others <= 1) {
            return Optional.of("apart from inserting log rows (" + String.join(", ", new java.util.LinkedHashSet<>(logs))
                    + ") it makes " + (others == 0 ? "no write" : "one write") + ", so a partial completion loses only a log line");
        }
        Optional<String> external = externalBetween(method, units.get(0), units.get(1), summary, model);
        if (external.isPresent()) {
            return Optional.of("it calls another system (" + external.get() + ") between the writes, which no database transaction can "
                    + "make atomic with them");
        }
        if (units.subList(1, units.size()).stream().allMatch(u -> bestEffortPerItem(u, false, model, 0))) {
            return Optional.of("its later writes are made per item of a loop, each item in a try/catch that logs and skips its failure "
                    + "(best effort per item)");
        }
        return Optional.empty();
    }

    /** The log / audit entity the unit inserts, when it is a single insert of one. */
    private static Optional<String> logInsert(DataWrites.Unit unit, DataWrites.Summary summary) {
        for (DataWrites.Write w : summary.writes()) {
            if (w.at() == unit.at() && w.explain().equals(unit.description())
                    && (w.kind() == DataWrites.Kind.INSERT || w.kind() == DataWrites.Kind.UPSERT)
                    && w.entity() != null && isLogEntity(w.entity())) {
                return Optional.of(w.entity());
            }
        }
        return Optional.empty();
    }

    /**
     * {@code LoginLogDO}, {@code LitemallLog}, {@code SysOperLog}, {@code SysLogininfor},
     * {@code AuditEvent}, table {@code sys_oper_log}: the name's last word is Log(s) /
     * Logininfor, or starts with Audit. {@code Blog}, {@code Catalog} and business histories
     * ({@code OrderHistory}, {@code PaymentRecord}) are not log rows.
     */
    static boolean isLogEntity(String entity) {
        String name = entity.substring(entity.lastIndexOf('.') + 1);
        if (name.chars().anyMatch(Character::isUpperCase)) {
            name = name.replaceFirst("(DO|PO|Entity)$", "");
            return LOG_ENTITY.matcher(name).matches();
        }
        return LOG_TABLE.matcher(name.toLowerCase(java.util.Locale.ROOT)).matches();
    }

    /**
     * A call to another system made from the statements from {@code first}'s call to
     * {@code second}'s, directly or in the methods they call: an outbound call
     * ({@link io.github.raceguard.datalayer.ExternalCalls}) or a state-changing call of a vector
     * store, object storage or payment channel client (a type named *VectorStore, *PayClient,
     * *OssClient, *FileClient, *StorageClient, *S3Client, AmazonS3, *MinioClient, *ObjectStorage)
     * whose name says it changes state there (add, delete, upload, unified..., refund, ...).
     */
    private static Optional<String> externalBetween(MethodDeclaration method, DataWrites.Unit first, DataWrites.Unit second,
                                                    DataWrites.Summary summary, ProjectModel model) {
        Optional<com.github.javaparser.Position> from = first.at().getBegin();
        Optional<com.github.javaparser.Position> to = second.at().getEnd();
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        for (DataWrites.Write w : summary.writes()) {
            if (w.kind() == DataWrites.Kind.OUTBOUND && within(w.at(), from.get(), to.get())) {
                return Optional.of(w.description());
            }
        }
        java.util.Set<MethodDeclaration> seen = new java.util.HashSet<>();
        seen.add(method);
        for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
            if (within(call, from.get(), to.get())) {
                Optional<String> found = otherSystem(call, model, seen, 0);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> otherSystem(MethodCallExpr call, ProjectModel model, java.util.Set<MethodDeclaration> seen, int depth) {
        if (call.getScope().isPresent() && CHANGE_CALL.matcher(call.getNameAsString()).matches()) {
            Optional<String> type = model.resolver().declaredTypeOf(call.getScope().get()).map(t -> t.simpleName());
            if (type.isPresent() && OTHER_SYSTEM.matcher(type.get()).matches()) {
                return Optional.of(type.get() + "." + call.getNameAsString());
            }
        }
        if (depth >= MAX_DEPTH) {
            return Optional.empty();
        }
        Optional<MethodDeclaration> callee = model.callGraph().callee(call);
        if (callee.isEmpty() || callee.get().getBody().isEmpty() || !seen.add(callee.get())) {
            return Optional.empty();
        }
        for (MethodCallExpr inner : callee.get().findAll(MethodCallExpr.class)) {
            Optional<String> found = otherSystem(inner, model, seen, depth + 1);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static boolean within(Node node, com.github.javaparser.Position from, com.github.javaparser.Position to) {
        return node.getBegin().isPresent() && node.getEnd().isPresent()
                && !node.getBegin().get().isBefore(from) && !node.getEnd().get().isAfter(to);
    }

    /**
     * The unit's writes are made for one item of a loop, inside a try whose catch swallows the
     * item's failure: the try is inside the loop body (in this method, or in the callee the
     * loop calls), so one item failing leaves the others done by design.
     */
    private static boolean bestEffortPerItem(DataWrites.Unit unit, boolean inLoop, ProjectModel model, int depth) {
        boolean loop = inLoop;
        boolean tried = false;
        Node child = unit.at();
        for (Node parent = child.getParentNode().orElse(null); parent != null; child = parent, parent = parent.getParentNode().orElse(null)) {
            if (parent instanceof com.github.javaparser.ast.body.CallableDeclaration<?> || parent instanceof com.github.javaparser.ast.expr.LambdaExpr) {
                break;
            }
            if (parent instanceof TryStmt tryStmt && tryStmt.getTryBlock() == child && swallows(tryStmt)) {
                tried = true;
            } else if (tried && (parent instanceof ForStmt || parent instanceof ForEachStmt || parent instanceof WhileStmt
                    || parent instanceof DoStmt)) {
                return true;
            } else if (parent instanceof ForStmt || parent instanceof ForEachStmt || parent instanceof WhileStmt || parent instanceof DoStmt) {
                loop = true;
            }
        }
        if (tried && inLoop) {
            return true;
        }
        if (depth >= MAX_DEPTH || !(unit.callee() instanceof MethodDeclaration callee) || callee.getBody().isEmpty()) {
            return false;
        }
        List<DataWrites.Unit> inner = model.dataWrites().of(callee).longestPath();
        boolean callerLoop = loop;
        return !inner.isEmpty() && inner.stream().allMatch(u -> bestEffortPerItem(u, callerLoop, model, depth + 1));
    }

    /** A try with a catch clause, none of which rethrows. */
    private static boolean swallows(TryStmt tryStmt) {
        return !tryStmt.getCatchClauses().isEmpty()
                && tryStmt.getCatchClauses().stream().noneMatch(c -> c.getBody().findFirst(ThrowStmt.class).isPresent());
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
        return owner.isPresent() && (model.singletons().isSingleton(owner.get())
                || io.github.raceguard.context.EjbTransactions.sessionBean(owner.get()).isPresent());
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
        if (model.transactions().entry(callee).active() && !model.transactions().interceptsSelfCalls(callee)) {
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
