package io.github.raceguard.context;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;

import io.github.raceguard.types.Names;
import io.github.raceguard.types.TypeResolver;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Transactions demarcated by hand inside a method body, as statement regions (read by
 * {@link Transactions}, the one place that decides effective transactions):
 * <ul>
 *   <li>JDBC: {@code connection.setAutoCommit(false)} ... {@code connection.commit()}; the
 *   isolation is the one {@code connection.setTransactionIsolation(Connection.TRANSACTION_X)}
 *   sets in the same method, else the database's default;</li>
 *   <li>Spring's {@code PlatformTransactionManager}: {@code status = txManager.getTransaction(def)}
 *   ... {@code txManager.commit(status)} (a {@code rollback(status)} in a catch does not end the
 *   region); the isolation, read-only flag and propagation are the ones set on {@code def}
 *   ({@code def.setIsolationLevel(TransactionDefinition.ISOLATION_SERIALIZABLE)}) or given to
 *   {@code new DefaultTransactionDefinition(PROPAGATION_X)}.</li>
 *   <li>JTA's {@code UserTransaction} ({@code utx.begin(); ..; utx.commit();}, what a
 *   {@code @TransactionManagement(BEAN)} EJB uses), JPA's resource-local {@code EntityTransaction}
 *   ({@code em.getTransaction().begin()}) and Hibernate's {@code Transaction}
 *   ({@code tx = session.beginTransaction(); ..; tx.commit()}) and Quarkus's
 *   {@code QuarkusTransaction.begin(); ..; QuarkusTransaction.commit()}, at the default isolation; the
 *   region ends at the last commit or rollback of a transaction after the begin.</li>
 * </ul>
 * The region runs from the end of the call that begins it to the start of the last commit of
 * the same connection / status in the method; code between them (and the methods it calls) runs
 * in that transaction. A begin with no commit in the same method is no region.
 */
final class ManualTransactions {

    /** One hand-managed transaction: code strictly between {@code begin} and {@code end} runs in {@code context}. */
    record Region(Position begin, Position end, TransactionContext context) {
        boolean covers(Node node) {
            Optional<Position> at = node.getBegin();
            return at.isPresent() && at.get().isAfter(begin) && at.get().isBefore(end);
        }
    }

    private static final Set<String> TRANSACTION_TYPES = Set.of("jakarta.transaction.UserTransaction", "javax.transaction.UserTransaction",
            "jakarta.persistence.EntityTransaction", "javax.persistence.EntityTransaction", "org.hibernate.Transaction");
    private static final Set<String> SESSION_TYPES = Set.of("org.hibernate.Session", "org.hibernate.StatelessSession",
            "org.hibernate.SharedSessionContract");
    private static final Set<String> TRANSACTION_ENDS = Set.of("commit", "rollback");

    private final TypeResolver resolver;
    private final Map<CallableDeclaration<?>, List<Region>> regions = java.util.Collections.synchronizedMap(new IdentityHashMap<>());

    ManualTransactions(TypeResolver resolver) {
        this.resolver = resolver;
    }

    /** The hand-managed transaction {@code node} (inside {@code method}) runs in, if any. */
    Optional<Region> regionAt(Node node, CallableDeclaration<?> method) {
        for (Region region : regionsOf(method)) {
            if (region.covers(node)) {
                return Optional.of(region);
            }
        }
        return Optional.empty();
    }

    private List<Region> regionsOf(CallableDeclaration<?> method) {
        List<Region> known = regions.get(method);
        if (known == null) {
            known = find(method);
            regions.put(method, known);
        }
        return known;
    }

    private List<Region> find(CallableDeclaration<?> method) {
        List<MethodCallExpr> calls = method.findAll(MethodCallExpr.class);
        if (calls.stream().map(MethodCallExpr::getNameAsString).noneMatch(n -> n.equals("setAutoCommit") || n.equals("getTransaction")
                || n.equals("begin") || n.equals("beginTransaction"))) {
            return List.of();
        }
        List<Region> found = new ArrayList<>();
        for (MethodCallExpr call : calls) {
            try {
                jdbc(call, calls).or(() -> transactionManager(call, calls, method)).or(() -> transactionObject(call, calls, method))
                        .ifPresent(found::add);
            } catch (RuntimeException unknownShape) {
                // an unexpected shape is no region
            }
        }
        return List.copyOf(found);
    }

    /** {@code c.setAutoCommit(false)} ... {@code c.commit()}. */
    private static Optional<Region> jdbc(MethodCallExpr call, List<MethodCallExpr> calls) {
        if (!call.getNameAsString().equals("setAutoCommit") || call.getArguments().size() != 1
                || !(call.getArgument(0) instanceof BooleanLiteralExpr off) || off.getValue()) {
            return Optional.empty();
        }
        String connection = call.getScope().map(ManualTransactions::name).orElse("");
        if (connection.isEmpty()) {
            return Optional.empty();
        }
        MethodCallExpr commit = lastCall(calls, "commit", connection, null, call);
        if (commit == null) {
            return Optional.empty();
        }
        String isolation = "DEFAULT";
        for (MethodCallExpr c : calls) {
            if (c.getNameAsString().equals("setTransactionIsolation") && c.getArguments().size() == 1
                    && c.getScope().map(ManualTransactions::name).filter(connection::equals).isPresent()) {
                isolation = jdbcIsolation(c.getArgument(0));
            }
        }
        return region(call, commit, new TransactionContext(true, isolation, false,
                "hand-managed JDBC transaction (" + connection + ".setAutoCommit(false) ... " + connection + ".commit())"));
    }

    private static String jdbcIsolation(Expression level) {
        if (level instanceof IntegerLiteralExpr literal) {
            return switch (literal.getValue()) {
                case "1" -> "READ_UNCOMMITTED";
                case "2" -> "READ_COMMITTED";
                case "4" -> "REPEATABLE_READ";
                case "8" -> "SERIALIZABLE";
                default -> "DEFAULT";
            };
        }
        String text = level.toString();
        text = text.substring(text.lastIndexOf('.') + 1);
        return text.startsWith("TRANSACTION_") && !text.equals("TRANSACTION_NONE") ? text.substring("TRANSACTION_".length()) : "DEFAULT";
    }

    /** {@code status = txManager.getTransaction(def)} ... {@code txManager.commit(status)}. */
    private static Optional<Region> transactionManager(MethodCallExpr call, List<MethodCallExpr> calls, CallableDeclaration<?> method) {
        if (!call.getNameAsString().equals("getTransaction") || call.getArguments().size() != 1 || call.getScope().isEmpty()) {
            return Optional.empty();
        }
        String manager = name(call.getScope().get());
        String status = assignedTo(call);
        if (manager.isEmpty() || status == null) {
            return Optional.empty();
        }
        MethodCallExpr commit = lastCall(calls, "commit", manager, status, call);
        if (commit == null) {
            return Optional.empty();
        }
        String isolation = "DEFAULT";
        boolean readOnly = false;
        String propagation = "REQUIRED";
        Expression definition = call.getArgument(0);
        List<Expression> settings = new ArrayList<>();
        String variable = name(definition);
        if (definition instanceof ObjectCreationExpr creation) {
            settings.addAll(creation.getArguments());
        }
        if (!variable.isEmpty()) {
            for (VariableDeclarator v : method.findAll(VariableDeclarator.class)) {
                if (v.getNameAsString().equals(variable) && v.getInitializer().orElse(null) instanceof ObjectCreationExpr creation) {
                    settings.addAll(creation.getArguments());
                }
            }
        }
        for (Expression setting : settings) {
            String value = constantName(setting);
            if (value.startsWith("PROPAGATION_")) {
                propagation = value.substring("PROPAGATION_".length());
            }
        }
        for (MethodCallExpr c : variable.isEmpty() ? List.<MethodCallExpr>of() : calls) {
            if (c.getArguments().size() != 1 || c.getScope().map(ManualTransactions::name).filter(variable::equals).isEmpty()) {
                continue;
            }
            String value = constantName(c.getArgument(0));
            switch (c.getNameAsString()) {
                case "setIsolationLevel", "setIsolationLevelName" -> isolation = value.replace("ISOLATION_", "");
                case "setReadOnly" -> readOnly = value.equals("true");
                case "setPropagationBehavior", "setPropagationBehaviorName" -> propagation = value.replace("PROPAGATION_", "");
                default -> { }
            }
        }
        String description = "hand-managed transaction (" + manager + ".getTransaction(..) ... " + manager + ".commit(" + status + "))";
        TransactionContext context = propagation.equals("NOT_SUPPORTED") || propagation.equals("NEVER") || propagation.equals("SUPPORTS")
                ? TransactionContext.none(description + " with PROPAGATION_" + propagation + " runs without a transaction")
                : new TransactionContext(true, isolation, readOnly, description);
        return region(call, commit, context);
    }

    /** {@code utx.begin()} / {@code em.getTransaction().begin()} / {@code session.beginTransaction()} ... the last commit or rollback. */
    private Optional<Region> transactionObject(MethodCallExpr call, List<MethodCallExpr> calls, CallableDeclaration<?> method) {
        String name = call.getNameAsString();
        if (!name.equals("begin") && !name.equals("beginTransaction") || call.getScope().isEmpty()
                || !(name.equals("beginTransaction") ? isOf(call.getScope().get(), SESSION_TYPES) : isTransaction(call.getScope().get()))) {
            return Optional.empty();
        }
        MethodCallExpr last = null;
        MethodCallExpr firstCommit = null;
        for (MethodCallExpr end : calls) {
            if (!TRANSACTION_ENDS.contains(end.getNameAsString()) || end.getScope().isEmpty() || !after(end, call)
                    || !isTransaction(end.getScope().get())) {
                continue;
            }
            if (last == null || after(end, last)) {
                last = end;
            }
            if (end.getNameAsString().equals("commit") && (firstCommit == null || after(firstCommit, end))) {
                firstCommit = end;
            }
        }
        if (last == null) {
            return Optional.empty();
        }
        MethodCallExpr named = firstCommit != null ? firstCommit : last;
        String description = "hand-managed transaction " + call.getScope().get() + "." + name + "() .. "
                + named.getScope().map(Object::toString).orElse("") + "." + named.getNameAsString() + "() in " + method.getNameAsString() + "()";
        return region(call, last, new TransactionContext(true, "DEFAULT", false, description));
    }

    /**
     * {@code utx}, {@code tx}, {@code em.getTransaction()}, {@code session.getTransaction()}, and
     * Quarkus's static {@code QuarkusTransaction.begin() / commit() / rollback()}.
     */
    private boolean isTransaction(Expression scope) {
        if (scope instanceof NameExpr type && type.getNameAsString().equals("QuarkusTransaction")
                || scope.toString().equals("io.quarkus.narayana.jta.QuarkusTransaction")) {
            return true;
        }
        if (scope instanceof MethodCallExpr get && get.getNameAsString().equals("getTransaction") && get.getArguments().isEmpty()) {
            return true;
        }
        return isOf(scope, TRANSACTION_TYPES);
    }

    private boolean isOf(Expression scope, Set<String> types) {
        try {
            return resolver.declaredTypeOf(scope).map(t -> types.contains(t.name()) || Names.refersTo(t.name(), scope, types)).orElse(false);
        } catch (RuntimeException unknown) {
            return false;
        }
    }

    private static String constantName(Expression e) {
        String text = e.toString();
        return text.substring(text.lastIndexOf('.') + 1);
    }

    /** The variable {@code call}'s result is stored in: {@code TransactionStatus s = m.getTransaction(d)} or {@code s = ..}. */
    private static String assignedTo(MethodCallExpr call) {
        Node parent = call.getParentNode().orElse(null);
        if (parent instanceof VariableDeclarator v) {
            return v.getNameAsString();
        }
        if (parent instanceof AssignExpr assign && assign.getTarget() instanceof NameExpr target) {
            return target.getNameAsString();
        }
        return null;
    }

    /** The last {@code scope.name()} / {@code scope.name(argument)} after {@code begin}. */
    private static MethodCallExpr lastCall(List<MethodCallExpr> calls, String name, String scope, String argument, MethodCallExpr begin) {
        MethodCallExpr last = null;
        for (MethodCallExpr c : calls) {
            if (!c.getNameAsString().equals(name) || c.getScope().map(ManualTransactions::name).filter(scope::equals).isEmpty()) {
                continue;
            }
            boolean arguments = argument == null ? c.getArguments().isEmpty()
                    : c.getArguments().size() == 1 && name(c.getArgument(0)).equals(argument);
            if (arguments && after(c, begin) && (last == null || after(c, last))) {
                last = c;
            }
        }
        return last;
    }

    private static boolean after(Node a, Node b) {
        return a.getBegin().isPresent() && b.getBegin().isPresent() && a.getBegin().get().isAfter(b.getBegin().get());
    }

    private static Optional<Region> region(MethodCallExpr begin, MethodCallExpr end, TransactionContext context) {
        if (begin.getEnd().isEmpty() || end.getBegin().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Region(begin.getEnd().get(), end.getBegin().get(), context));
    }

    private static String name(Expression e) {
        if (e instanceof NameExpr n) {
            return n.getNameAsString();
        }
        if (e instanceof com.github.javaparser.ast.expr.FieldAccessExpr f && f.getScope().isThisExpr()) {
            return f.getNameAsString();
        }
        return "";
    }
}
