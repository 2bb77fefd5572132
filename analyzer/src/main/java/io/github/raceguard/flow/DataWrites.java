package io.github.raceguard.flow;


import io.github.raceguard.context.CallGraph;
import io.github.raceguard.datalayer.DataLayer;
import io.github.raceguard.datalayer.ExternalCalls;
import io.github.raceguard.types.Frameworks;
import io.github.raceguard.types.Locations;
import io.github.raceguard.types.Names;
import io.github.raceguard.context.Scheduling;
import io.github.raceguard.context.Transactions;
import io.github.raceguard.types.TypeRef;
import io.github.raceguard.types.TypeResolver;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import io.github.raceguard.report.Location;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an operation writes, per method, composed across methods through summaries (RacerD's
 * shape): each method body is walked once, in source order, and a call of another method of
 * the same class or of another source bean contributes that method's summary instead of being
 * walked again. A summary lists
 * <ul>
 *   <li>every write the method performs, directly or through callees: data-layer writes
 *       ({@link DataLayer} decides what is one) classified as insert, upsert, update,
 *       increment or delete, and outbound calls ({@link ExternalCalls}); each marked whether it
 *       runs in a transaction begun inside the operation, under a distributed lock
 *       ({@link Scheduling}), or after an idempotency / dedup check;</li>
 *   <li>the longest sequence of independently committing data-layer writes along one path
 *       through the method: writes inside a {@code TransactionTemplate} callback or inside
 *       another bean's transactional method count as one unit; exclusive branches
 *       ({@code if/else}, {@code switch}, early {@code return}) are alternatives, not a
 *       sequence; a loop body counts once; {@code catch} blocks (compensation, error
 *       bookkeeping) do not count.</li>
 * </ul>
 * Whether the method's own {@code @Transactional} applies is left to the caller of the summary
 * ({@link Transactions} decides it): a self-invocation runs the callee in the caller's context.
 */
public final class DataWrites {

    /** What a write does to the data, for deciding whether repeating it is harmless. */
    public enum Kind {
        /** A new row: {@code save(new X(..))}, {@code persist}, {@code INSERT}, Mongo {@code insert}. */
        INSERT("inserts a new"),
        /** An insert-or-update by key: {@code save} of an entity with an assigned id, {@code ON CONFLICT}, {@code MERGE}, {@code setIfAbsent}. */
        UPSERT("upserts"),
        /** Sets values: {@code save} of a loaded entity, {@code UPDATE ... SET x = :x}, Redis {@code set}. */
        UPDATE("updates"),
        /** Adds to a value: {@code SET x = x + :d}, Redis {@code increment}, Mongo {@code $inc}. */
        INCREMENT("increments"),
        /** {@code delete*}, {@code DELETE}. */
        DELETE("deletes"),
        /** A message, an HTTP POST, a payment provider call: outside the database. */
        OUTBOUND("calls");

        private final String verb;

        Kind(String verb) {
            this.verb = verb;
        }

        public String verb() {
            return verb;
        }

        public boolean dataLayer() {
            return this != OUTBOUND;
        }
    }

    /**
     * One write an operation performs.
     *
     * @param kind          what it does
     * @param description   {@code PaymentRepository.save}, {@code KafkaTemplate.send}
     * @param entity        the entity, table or value written, or null for outbound calls
     * @param at            the node in the summarized method that performs it or leads to it (a call of a helper)
     * @param site          the statement in the summarized method that performs it or leads to it
     * @param steps         from {@code site} into the callees, down to the write itself
     * @param inTransaction it runs in a transaction begun inside the operation (a TransactionTemplate
     *                      callback, a transactional method of another bean), so it is rolled back with it
     * @param locked        it runs under a distributed lock acquired inside the operation
     * @param guarded       an idempotency key or dedup check comes first, a unique-constraint
     *                      violation is caught around it, or the call passes an idempotency key
     * @param stateChecked  it runs under a check of the state of a row the operation read
     *                      ({@code if (order.getStatus() == PAID) return;} before it, or it inside
     *                      {@code if (order.getStatus() == CREATED) {..}}): a second run finds the
     *                      state the first one left and does nothing
     */
    public record Write(Kind kind, String description, String entity, Node at, Location site, List<Location> steps,
                        boolean inTransaction, boolean locked, boolean guarded, boolean stateChecked) {

        public Write {
            steps = List.copyOf(steps);
        }

        public Write(Kind kind, String description, String entity, Node at, Location site, List<Location> steps,
                     boolean inTransaction, boolean locked, boolean guarded) {
            this(kind, description, entity, at, site, steps, inTransaction, locked, guarded, false);
        }

        /**
         * Repeating it does harm and no dedup evidence comes first: an insert of a new row, an
         * increment or a non-idempotent call to another system, not {@link #guarded}. Read by
         * every rule about work that can run twice (a retry, a redelivered message); each adds
         * what makes a repetition harmless in its own setting (a retried attempt that is one
         * transaction, a state check before a redelivered message's effect).
         */
        public boolean nonIdempotent() {
            return !guarded && (kind == Kind.INSERT || kind == Kind.INCREMENT || kind == Kind.OUTBOUND);
        }

        /** "inserts a new Payment (PaymentRepository.save)". */
        public String explain() {
            return switch (kind) {
                case OUTBOUND -> "calls " + description;
                case INSERT -> "inserts a new " + (entity == null ? "row" : entity) + " (" + description + ")";
                default -> kind.verb() + " " + (entity == null ? "data" : entity) + " (" + description + ")";
            };
        }
    }

    /**
     * Data-layer writes that commit together: one write, or everything a transactional callee or
     * a TransactionTemplate callback writes.
     *
     * @param at          the node in the summarized method that leads to them
     * @param site        its statement
     * @param steps       from {@code site} down to the (first) write
     * @param description what is written
     * @param callee      the method called at {@code site}, or null for a write made right there
     * @param atomic      several writes committed in one transaction
     */
    public record Unit(Node at, Location site, List<Location> steps, String description, CallableDeclaration<?> callee,
                       boolean atomic) {
        public Unit {
            steps = List.copyOf(steps);
        }
    }

    /**
     * @param writes      every write, in source order
     * @param longestPath the longest sequence of separately committing data-layer writes along one path
     */
    public record Summary(List<Write> writes, List<Unit> longestPath) {
        static final Summary EMPTY = new Summary(List.of(), List.of());

        public Summary {
            // one write per fact and place: a recursion reaches its own writes again, with longer steps
            Set<List<Object>> seen = new HashSet<>();
            List<Write> distinct = new ArrayList<>(writes.size());
            for (Write w : writes) {
                if (seen.add(key(w))) {
                    distinct.add(w);
                }
            }
            writes = List.copyOf(distinct);
            longestPath = List.copyOf(longestPath);
        }

        private static List<Object> key(Write w) {
            return java.util.Arrays.asList(w.kind(), w.description(), w.entity(), w.site(),
                    w.steps().isEmpty() ? null : w.steps().get(w.steps().size() - 1), w.inTransaction(), w.locked(), w.guarded(),
                    w.stateChecked());
        }

        /**
         * What a recursion cycle's fixed point compares: the writes made, and the path's first
         * units (a path through a recursion grows with every round; the rules read its first three).
         */
        Object facts() {
            Set<List<Object>> writeFacts = new HashSet<>();
            for (Write w : writes) {
                writeFacts.add(key(w));
            }
            List<String> pathFacts = new ArrayList<>();
            for (int i = 0; i < longestPath.size() && i < 4; i++) {
                pathFacts.add(longestPath.get(i).description());
            }
            return List.of(writeFacts, pathFacts);
        }
    }

    private static final int MAX_SUPERCLASS_DEPTH = 5;
    private static final Pattern INCREMENT_SQL = Pattern.compile("(\\w+\\.)?(\\w+)\\s*=\\s*(coalesce\\(\\s*)?(\\w+\\.)?\\2\\b[^,]*?[+-]");
    private static final Pattern UPSERT_SQL = Pattern.compile("\\bon\\s+conflict\\b|\\bon\\s+duplicate\\s+key\\b|^insert\\s+ignore\\b|\\bwhere\\s+not\\s+exists\\b");
    private static final Pattern INSERT_TABLE = Pattern.compile("^insert\\s+(?:ignore\\s+)?into\\s+([\\w.\"`]+)");
    private static final Pattern CHECK_TOKEN = Pattern.compile(
            "idempot|dedup|requestid|request_id|processed|inbox|messageid|message_id|msgid|msg_id|eventid|event_id|operationid");
    /** Getters of a row's lifecycle state: {@code getStatus()}, {@code isPaid()}, {@code getProcessedAt()}; not amounts or names. */
    private static final Pattern STATE_GETTER = Pattern.compile("(get|is|has)\\w*(Status|State|Stage|Phase|Step|Paid|Processed|Handled"
            + "|Done|Complete|Completed|Finished|Sent|Shipped|Closed|Cancel|Cancelled|Canceled|Confirmed|Refunded|Settled|Flag)\\w*");
    private static final Pattern STATE_FILTER = Pattern.compile("\\bwhere\\b.*[^\\w](status|state)`?\\s*(=|<>|!=|in\\b)", Pattern.DOTALL);
    private static final Pattern FINDER = Pattern.compile(
            "(find|get|select|load|query|fetch|validate|lookup|retrieve)\\w*|read(?!Value|Tree)\\w*");
    private static final Set<String> OPTIONAL_TESTS = Set.of("isPresent", "isEmpty", "ifPresent", "ifPresentOrElse");
    private static final Set<String> OPTIONAL_PASS = Set.of("map", "filter", "flatMap", "orElse", "stream");
    private static final Set<String> DUPLICATE_EXCEPTIONS = Set.of("DuplicateKeyException", "DataIntegrityViolationException",
            "ConstraintViolationException", "SQLIntegrityConstraintViolationException", "EntityExistsException",
            "MongoWriteException", "DuplicateRequestException");
    private static final Set<String> ID = Set.of("jakarta.persistence.Id", "javax.persistence.Id");
    private static final Set<String> EMBEDDED_ID = Set.of("jakarta.persistence.EmbeddedId", "javax.persistence.EmbeddedId");
    private static final Set<String> GENERATED_VALUE = Set.of("jakarta.persistence.GeneratedValue", "javax.persistence.GeneratedValue");

    private final TypeResolver resolver;
    private final DataLayer dataLayer;
    private final CallGraph callGraph;
    private final Transactions transactions;
    private final Scheduling scheduling;
    private final ExternalCalls external;

    private final SummaryEngine<Summary> summaries;

    public DataWrites(TypeResolver resolver, DataLayer dataLayer, CallGraph callGraph, Transactions transactions,
                      Scheduling scheduling, ExternalCalls external) {
        this.resolver = resolver;
        this.dataLayer = dataLayer;
        this.callGraph = callGraph;
        this.transactions = transactions;
        this.scheduling = scheduling;
        this.external = external;
        this.summaries = SummaryEngine.of(callGraph.components(), Summary.EMPTY, m -> new Walk(m).run(), Summary::facts);
    }

    /** How many recursion cycles did not settle (their summaries may miss writes). */
    public int unconverged() {
        return summaries.unconverged();
    }

    /** The summary of {@code method}, from the summary engine (a recursion cycle solved to a fixed point). */
    public Summary of(CallableDeclaration<?> method) {
        return summaries.summary(method);
    }

    /**
     * What a function object writes when it runs: a lambda's body (walked in the context of the
     * method that declares it) or the method a method reference names. For callbacks the
     * framework runs, such as a Spring Cloud Stream {@code Consumer} bean's lambda.
     */
    public Summary ofFunction(Expression function, CallableDeclaration<?> enclosing) {
        if (function instanceof LambdaExpr lambda) {
            return new Walk(enclosing).run(Optional.of(lambda.getBody()));
        }
        if (function instanceof MethodReferenceExpr reference) {
            return referenced(reference).map(this::of).orElse(Summary.EMPTY);
        }
        return Summary.EMPTY;
    }

    /** {@code this::archive}, {@code auditLog::record}: the source method a method reference runs. */
    private Optional<MethodDeclaration> referenced(MethodReferenceExpr reference) {
        Expression scope = reference.getScope();
        Optional<TypeDeclaration<?>> owner;
        if (scope instanceof ThisExpr || scope instanceof TypeExpr) {
            Optional<TypeDeclaration<?>> own = reference.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
            owner = own.filter(t -> scope instanceof ThisExpr || ((TypeExpr) scope).getType().asString().equals(t.getNameAsString()));
        } else if (scope instanceof NameExpr || scope instanceof FieldAccessExpr) {
            owner = resolver.declaredTypeOf(scope).flatMap(t -> resolver.types().sourceType(t.name())).map(t -> (TypeDeclaration<?>) t);
        } else {
            owner = Optional.empty();
        }
        return owner.flatMap(type -> type.getMethodsByName(reference.getIdentifier()).stream()
                .filter(m -> m.getBody().isPresent()).findFirst());
    }

    // ---------------------------------------------------------------------------------------

    private record Check(String entity, boolean idempotency, int order) {
    }

    private record Pending(Write write, int order, boolean underStateCheck) {
    }

    /** Where {@code return}/{@code throw} and {@code break}/{@code continue} paths go. */
    private static final class Frame {
        List<Unit> exits;
        final Deque<List<List<Unit>>> jumps = new ArrayDeque<>();
    }

    /** One walk over one method body. */
    private final class Walk {
        private final CallableDeclaration<?> method;
        private final List<Pending> writes = new ArrayList<>();
        private final List<Check> checks = new ArrayList<>();
        private final Set<String> inserted = new HashSet<>();
        /** Orders of state checks that end the operation early ({@code if (o.getStatus() == PAID) return;}). */
        private final List<Integer> stateExits = new ArrayList<>();
        private int stateDepth;
        private int dedupDepth;
        private Frame frame = new Frame();
        private int order;
        private int transactionDepth;
        private int lockDepth;
        private boolean lockHeld;
        private boolean discard;

        Walk(CallableDeclaration<?> method) {
            this.method = method;
        }

        Summary run() {
            Optional<Statement> body = method instanceof MethodDeclaration m ? m.getBody().map(b -> (Statement) b)
                    : method instanceof ConstructorDeclaration c ? Optional.of(c.getBody()) : Optional.empty();
            return run(body);
        }

        Summary run(Optional<Statement> body) {
            List<Unit> end = body.map(b -> stmt(b, List.of())).orElse(List.of());
            List<Unit> longest = longest(frame.exits, end);
            List<Write> result = new ArrayList<>();
            for (Pending pending : writes) {
                Write w = pending.write();
                boolean guarded = w.guarded() || insideDuplicateCatch(w.at()) || checkedBefore(w, pending.order());
                boolean stateChecked = w.stateChecked() || pending.underStateCheck()
                        || stateExits.stream().anyMatch(o -> o < pending.order());
                result.add(guarded == w.guarded() && stateChecked == w.stateChecked() ? w
                        : new Write(w.kind(), w.description(), w.entity(), w.at(), w.site(),
                        w.steps(), w.inTransaction(), w.locked(), guarded, stateChecked));
            }
            return new Summary(result, longest == null ? List.of() : longest);
        }

        private boolean checkedBefore(Write w, int at) {
            for (Check check : checks) {
                if (check.order() < at && (check.idempotency()
                        || w.entity() != null && sameEntity(w.entity(), check.entity())
                        || w.kind() == Kind.OUTBOUND && inserted.contains(normalized(check.entity())))) {
                    return true;
                }
            }
            return false;
        }

        // ---- statements: each returns the longest path at its normal end, or null when it never completes normally

        private List<Unit> stmt(Statement s, List<Unit> in) {
            if (s instanceof BlockStmt block) {
                List<Unit> path = in;
                boolean saved = discard;
                for (Statement child : block.getStatements()) {
                    List<Unit> next = stmt(child, path == null ? in : path);
                    if (path != null) {
                        path = next;
                        if (path == null) {
                            discard = true; // the rest is unreachable on this path: only collect its writes
                        }
                    }
                }
                discard = saved;
                return path;
            }
            if (s instanceof ExpressionStmt e) {
                return expr(e.getExpression(), in);
            }
            if (s instanceof IfStmt i) {
                List<Unit> condition = expr(i.getCondition(), in);
                boolean state = isStateCheck(i.getCondition());
                boolean dedup = isDedupCheck(i.getCondition());
                int absent = absenceCheck(i.getCondition());
                int thenGuard = state || absent > 0 ? 1 : 0;
                int elseGuard = state || absent < 0 ? 1 : 0;
                dedupDepth += dedup ? 1 : 0;
                stateDepth += thenGuard;
                List<Unit> then = stmt(i.getThenStmt(), condition);
                stateDepth += elseGuard - thenGuard;
                List<Unit> otherwise = i.getElseStmt().isPresent() ? stmt(i.getElseStmt().get(), condition) : condition;
                stateDepth -= elseGuard;
                dedupDepth -= dedup ? 1 : 0;
                if (state && (then == null || otherwise == null) || absent < 0 && then == null) {
                    stateExits.add(order++);
                }
                if (dedup && (then == null || otherwise == null)) {
                    checks.add(new Check(null, true, order++)); // if (seen(messageId)) return;
                }
                return longest(then, otherwise);
            }
            if (s instanceof ReturnStmt r) {
                exit(r.getExpression().map(e -> expr(e, in)).orElse(in));
                return null;
            }
            if (s instanceof ThrowStmt t) {
                exit(expr(t.getExpression(), in));
                return null;
            }
            if (s instanceof BreakStmt || s instanceof ContinueStmt) {
                jump(in);
                return null;
            }
            if (s instanceof YieldStmt y) {
                jump(expr(y.getExpression(), in));
                return null;
            }
            if (s instanceof ForStmt f) {
                List<Unit> path = in;
                for (Expression init : f.getInitialization()) {
                    path = expr(init, path);
                }
                if (f.getCompare().isPresent()) {
                    path = expr(f.getCompare().get(), path);
                }
                return loop(f.getBody(), path, f.getUpdate());
            }
            if (s instanceof ForEachStmt f) {
                return loop(f.getBody(), expr(f.getIterable(), in), List.of());
            }
            if (s instanceof WhileStmt w) {
                return loop(w.getBody(), expr(w.getCondition(), in), List.of());
            }
            if (s instanceof DoStmt d) {
                return loop(d.getBody(), in, List.of(d.getCondition()));
            }
            if (s instanceof TryStmt t) {
                return tryStmt(t, in);
            }
            if (s instanceof SwitchStmt sw) {
                return switchEntries(sw.getEntries(), expr(sw.getSelector(), in));
            }
            if (s instanceof SynchronizedStmt sync) {
                return stmt(sync.getBody(), expr(sync.getExpression(), in));
            }
            if (s instanceof LabeledStmt labeled) {
                return stmt(labeled.getStatement(), in);
            }
            if (s instanceof LocalClassDeclarationStmt || s instanceof LocalRecordDeclarationStmt) {
                return in; // analyzed as their own methods
            }
            List<Unit> path = in;
            for (Node child : s.getChildNodes()) {
                if (child instanceof Expression e) {
                    path = expr(e, path);
                } else if (child instanceof Statement st) {
                    path = stmt(st, path);
                    if (path == null) {
                        return null;
                    }
                }
            }
            return path;
        }

        private List<Unit> loop(Statement body, List<Unit> in, List<Expression> after) {
            frame.jumps.push(new ArrayList<>());
            List<Unit> out = stmt(body, in);
            List<List<Unit>> jumped = frame.jumps.pop();
            for (List<Unit> j : jumped) {
                out = longest(out, j);
            }
            if (out != null) {
                for (Expression e : after) {
                    out = expr(e, out);
                }
            }
            return longest(out, in); // the body may not run at all
        }

        private List<Unit> tryStmt(TryStmt t, List<Unit> in) {
            List<Unit> path = in;
            for (Expression resource : t.getResources()) {
                path = expr(resource, path);
            }
            List<Unit> out = stmt(t.getTryBlock(), path);
            boolean saved = discard;
            discard = true; // compensation and error bookkeeping: writes collected, not counted in the sequence
            boolean catchCompletes = false;
            boolean duplicateEnds = false;
            for (CatchClause clause : t.getCatchClauses()) {
                boolean completes = stmt(clause.getBody(), path) != null;
                catchCompletes |= completes;
                String types = clause.getParameter().getType().asString();
                duplicateEnds |= !completes && DUPLICATE_EXCEPTIONS.stream().anyMatch(types::contains);
            }
            discard = saved;
            if (duplicateEnds) {
                // try { insert the message's key } catch (DuplicateKeyException e) { return; }: what follows runs once per key
                checks.add(new Check(null, true, order++));
            }
            if (catchCompletes) {
                out = longest(out, path);
            }
            if (t.getFinallyBlock().isPresent()) {
                if (out != null) {
                    out = stmt(t.getFinallyBlock().get(), out);
                } else {
                    discard = true;
                    stmt(t.getFinallyBlock().get(), path);
                    discard = saved;
                }
            }
            return out;
        }

        private List<Unit> switchEntries(List<SwitchEntry> entries, List<Unit> selector) {
            frame.jumps.push(new ArrayList<>());
            boolean hasDefault = false;
            List<Unit> result = null;
            for (SwitchEntry entry : entries) {
                hasDefault |= entry.getLabels().isEmpty() || entry.isDefault();
                List<Unit> path = selector;
                for (Statement statement : entry.getStatements()) {
                    path = stmt(statement, path);
                    if (path == null) {
                        break;
                    }
                }
                result = longest(result, path);
            }
            for (List<Unit> j : frame.jumps.pop()) {
                result = longest(result, j);
            }
            return hasDefault ? result : longest(result, selector);
        }

        private void exit(List<Unit> path) {
            if (!discard) {
                frame.exits = longest(frame.exits, path);
            }
        }

        private void jump(List<Unit> path) {
            if (!discard && !frame.jumps.isEmpty()) {
                frame.jumps.peek().add(path);
            }
        }

        // ---- expressions: always complete (a throwing call is not modelled)

        private List<Unit> expr(Expression e, List<Unit> in) {
            if (e instanceof MethodCallExpr call) {
                return call(call, in);
            }
            if (e instanceof LambdaExpr || e instanceof MethodReferenceExpr) {
                return in; // runs when called, not here: lambdas passed as arguments are handled by call(..)
            }
            if (e instanceof ConditionalExpr c) {
                List<Unit> condition = expr(c.getCondition(), in);
                return longest(expr(c.getThenExpr(), condition), expr(c.getElseExpr(), condition));
            }
            if (e instanceof ObjectCreationExpr creation) {
                List<Unit> path = creation.getScope().map(scope -> expr(scope, in)).orElse(in);
                for (Expression argument : creation.getArguments()) {
                    path = argument(null, argument, path);
                }
                return path; // an anonymous class body runs later, as its own methods
            }
            if (e instanceof SwitchExpr sw) {
                List<Unit> out = switchEntries(sw.getEntries(), expr(sw.getSelector(), in));
                return out == null ? in : out;
            }
            return children(e, in);
        }

        /** The expressions below {@code node} in source order, through declarators and other non-expression nodes. */
        private List<Unit> children(Node node, List<Unit> in) {
            List<Unit> path = in;
            for (Node child : node.getChildNodes()) {
                if (child instanceof Expression ce) {
                    path = expr(ce, path);
                } else if (!(child instanceof Statement || child instanceof com.github.javaparser.ast.body.BodyDeclaration<?>
                        || child instanceof com.github.javaparser.ast.type.Type)) {
                    path = children(child, path);
                }
            }
            return path;
        }

        private List<Unit> call(MethodCallExpr call, List<Unit> in) {
            List<Unit> path = call.getScope().map(scope -> expr(scope, in)).orElse(in);
            for (Expression argument : call.getArguments()) {
                path = argument(call, argument, path);
            }
            return onCall(call, path);
        }

        private List<Unit> argument(MethodCallExpr call, Expression argument, List<Unit> in) {
            if (argument instanceof CastExpr cast && (cast.getExpression() instanceof LambdaExpr || cast.getExpression() instanceof MethodReferenceExpr)) {
                return argument(call, cast.getExpression(), in); // (Runnable) () -> .. picks an overload
            }
            if (argument instanceof LambdaExpr lambda) {
                if (call != null && isTemplateCallback(call, lambda)) {
                    return atomically(call, transactions.isTransactionTemplateCallback(lambda), () -> inline(lambda.getBody(), List.of()), in);
                }
                boolean locking = call != null && scheduling.isLockingCallback(call);
                lockDepth += locking ? 1 : 0;
                try {
                    return inline(lambda.getBody(), in);
                } finally {
                    lockDepth -= locking ? 1 : 0;
                }
            }
            if (argument instanceof MethodReferenceExpr reference) {
                if (call != null && transactions.runsInOwnTransaction(reference)) {
                    return atomically(call, transactions.isTransactionTemplateCallback(reference), () -> reference(reference, List.of()), in);
                }
                return reference(reference, in);
            }
            return expr(argument, in);
        }

        private boolean isTemplateCallback(MethodCallExpr call, LambdaExpr lambda) {
            return transactions.runsInOwnTransaction(lambda);
        }

        /** A lambda body run in place (forEach, ifPresent, an executor): its returns end the lambda only. */
        private List<Unit> inline(Statement body, List<Unit> in) {
            Frame saved = frame;
            frame = new Frame();
            try {
                List<Unit> end = stmt(body, in);
                return longest(longest(frame.exits, end), in);
            } finally {
                frame = saved;
            }
        }

        /**
         * A callback run in a transaction begun for it (a TransactionTemplate callback, a callback
         * another bean's @Transactional method runs): what it writes commits together, as one unit.
         */
        private List<Unit> atomically(MethodCallExpr call, boolean template, java.util.function.Supplier<List<Unit>> body, List<Unit> in) {
            transactionDepth++;
            List<Unit> inner;
            try {
                inner = body.get();
            } finally {
                transactionDepth--;
            }
            if (inner.isEmpty()) {
                return in;
            }
            Location site = here(call, (template ? "TransactionTemplate." + call.getNameAsString() : call.getNameAsString() + "()")
                    + " runs its callback in one transaction");
            List<Location> steps = new ArrayList<>();
            steps.add(site);
            steps.addAll(inner.get(0).steps());
            return plus(in, new Unit(call, site, steps, inner.size() == 1 ? inner.get(0).description()
                    : inner.size() + (template ? " writes in one TransactionTemplate callback" : " writes in one transaction"), null, inner.size() > 1));
        }

        private List<Unit> reference(MethodReferenceExpr reference, List<Unit> in) {
            Optional<DataLayer.Access> access = dataLayer.classify(reference);
            if (access.isPresent()) {
                Kind kind = switch (access.get().kind()) {
                    case SAVE -> Kind.UPDATE;
                    case DELETE -> Kind.DELETE;
                    default -> null;
                };
                return kind == null ? in : direct(reference, kind, describe(access.get()), access.get().what(), in);
            }
            Optional<MethodDeclaration> callee = referenced(reference);
            boolean proxied = !(reference.getScope() instanceof ThisExpr || reference.getScope() instanceof TypeExpr);
            return callee.map(c -> compose(reference, c, proxied, in)).orElse(in);
        }

        private List<Unit> onCall(MethodCallExpr call, List<Unit> in) {
            Optional<DataLayer.Access> access = dataLayer.classify(call);
            if (access.isPresent()) {
                return dataLayerCall(call, access.get(), in);
            }
            if (scheduling.isLockAcquisition(call)) {
                lockHeld = true;
                return in;
            }
            Optional<MethodDeclaration> callee = callGraph.callee(call);
            if (callee.isPresent() && callee.get().getBody().isPresent()) {
                // Quarkus ArC intercepts a self-invocation: the callee's @Transactional applies
                return compose(call, callee.get(), !CallGraph.isSelfCall(call) || transactions.selfInvocationIntercepted(call), in);
            }
            if (callee.isEmpty()) {
                callGraph.listeners(call).forEach(listener -> published(call, listener));
            }
            Optional<ExternalCalls.Outbound> outbound = (callee.isPresent() ? external.ofDeclared(call, callee.get()) : external.classify(call))
                    .filter(o -> !o.repeatable()); // a PUT / DELETE repeats harmlessly
            if (outbound.isPresent()) {
                Location site = here(call, "calls " + outbound.get().description());
                record(new Write(Kind.OUTBOUND, outbound.get().description(), null, call, site, List.of(exactly(call, "calls " + outbound.get().description())),
                        transactionDepth > 0, locked(), outbound.get().idempotencyKey()));
            }
            return in;
        }

        private List<Unit> dataLayerCall(MethodCallExpr call, DataLayer.Access access, List<Unit> in) {
            String sql = statementOf(access);
            if (Scheduling.isAdvisoryLockStatement(sql)) {
                lockHeld = true;
                return in;
            }
            recordCheck(call, access);
            if (access.kind() == DataLayer.Kind.BULK_UPDATE && DataLayer.isCache(access) && fillsCache(call)) {
                return in; // copying what the database returned into a cache: no business write
            }
            Kind kind = kindOf(call, access, sql);
            if (kind == null) {
                return in;
            }
            String entity = kind == Kind.INSERT && access.entity() == null && sql != null ? insertedTable(sql) : access.what();
            return direct(call, kind, describe(access), entity, in);
        }

        /** {@code redis.opsForValue().set(key, toJson(userMapper.selectById(id)))}: the value stored was read from the database. */
        private boolean fillsCache(MethodCallExpr write) {
            for (int i = 1; i < write.getArguments().size(); i++) {
                if (readFromDatabase(write.getArgument(i), method, 0)) {
                    return true;
                }
            }
            return false;
        }

        /** The value of {@code e} comes from a database read: directly, through locals, or as what a source method returns. */
        private boolean readFromDatabase(Expression e, CallableDeclaration<?> context, int depth) {
            if (depth > 3) {
                return false;
            }
            for (MethodCallExpr call : e.findAll(MethodCallExpr.class)) {
                Optional<DataLayer.Access> access = dataLayer.classify(call);
                if (access.isPresent()) {
                    if (access.get().kind() == DataLayer.Kind.READ && !DataLayer.isCacheValue(access.get().what())) {
                        return true;
                    }
                    continue;
                }
                Optional<MethodDeclaration> callee = callGraph.callee(call);
                if (callee.isPresent() && callee.get().getBody().isPresent() && callee.get() != context) {
                    for (ReturnStmt ret : callee.get().findAll(ReturnStmt.class)) {
                        if (ret.getExpression().filter(r -> readFromDatabase(r, callee.get(), depth + 1)).isPresent()) {
                            return true;
                        }
                    }
                }
            }
            for (NameExpr name : e.findAll(NameExpr.class)) {
                for (VariableDeclarator v : context.findAll(VariableDeclarator.class)) {
                    if (v.getNameAsString().equals(name.getNameAsString()) && v.getInitializer().filter(i -> readFromDatabase(i, context, depth + 1)).isPresent()) {
                        return true;
                    }
                }
                for (AssignExpr assign : context.findAll(AssignExpr.class)) {
                    if (assign.getTarget() instanceof NameExpr target && target.getNameAsString().equals(name.getNameAsString())
                            && readFromDatabase(assign.getValue(), context, depth + 1)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private List<Unit> direct(Node call, Kind kind, String description, String entity, List<Unit> in) {
            Location site = here(call, kind.verb() + " " + entity + " (" + description + ")");
            Write write = new Write(kind, description, entity, call, site,
                    List.of(exactly(call, kind.verb() + " " + entity + " (" + description + ")")),
                    transactionDepth > 0, locked(), false);
            record(write);
            return plus(in, new Unit(call, site, write.steps(), write.explain(), null, false));
        }

        private List<Unit> compose(Node call, MethodDeclaration callee, boolean proxied, List<Unit> in) {
            Summary summary = of(callee);
            if (summary.writes().isEmpty()) {
                return in;
            }
            boolean ownTransaction = (proxied || transactions.interceptsSelfCalls(callee)) && transactions.entry(callee).active();
            boolean ownLock = proxied && Scheduling.schedulerLock(callee).isPresent();
            String name = callee.getNameAsString() + "()";
            Location site = here(call, "calls " + name + (ownTransaction ? ", which writes in its own transaction" : ", which writes"));
            for (Write w : summary.writes()) {
                List<Location> steps = new ArrayList<>();
                steps.add(site);
                steps.addAll(w.steps());
                record(new Write(w.kind(), w.description(), w.entity(), call, site, steps,
                        w.inTransaction() || ownTransaction || transactionDepth > 0, w.locked() || ownLock || locked(), w.guarded(),
                        w.stateChecked()));
            }
            if (summary.longestPath().isEmpty()) {
                return in;
            }
            if (ownTransaction) {
                List<Location> steps = new ArrayList<>();
                steps.add(site);
                steps.addAll(summary.longestPath().get(0).steps());
                return plus(in, new Unit(call, site, steps, name + " (its own transaction)", callee, summary.longestPath().size() > 1));
            }
            List<Unit> path = in;
            for (Unit unit : summary.longestPath()) {
                List<Location> steps = new ArrayList<>();
                steps.add(site);
                steps.addAll(unit.steps());
                path = plus(path, new Unit(call, site, steps, unit.description(), callee, unit.atomic()));
            }
            return path;
        }

        /**
         * {@code publishEvent(new X(..))} runs the listeners of X: what they write is written by
         * this method too (a scheduled job on every node writes what its listeners write). Their
         * writes are recorded, not composed into this method's units: a listener runs after the
         * publisher's commit ({@code @TransactionalEventListener}), on another thread
         * ({@code @Async}) or in the publisher's transaction, so whether its writes commit with the
         * publisher's is not decided here.
         */
        private void published(MethodCallExpr call, MethodDeclaration listener) {
            Summary summary = of(listener);
            if (summary.writes().isEmpty()) {
                return;
            }
            boolean ownTransaction = transactions.entry(listener).active();
            String name = listener.findAncestor(TypeDeclaration.class).map(t -> t.getNameAsString() + ".").orElse("")
                    + listener.getNameAsString() + "()";
            Location site = here(call, "publishes an event handled by " + name + ", which writes");
            for (Write w : summary.writes()) {
                List<Location> steps = new ArrayList<>();
                steps.add(site);
                steps.addAll(w.steps());
                record(new Write(w.kind(), w.description(), w.entity(), call, site, steps,
                        w.inTransaction() || ownTransaction || transactionDepth > 0, w.locked() || locked(), w.guarded(),
                        w.stateChecked()));
            }
        }

        private boolean locked() {
            return lockHeld || lockDepth > 0;
        }

        private void record(Write write) {
            if (dedupDepth > 0 && !write.guarded()) {
                write = new Write(write.kind(), write.description(), write.entity(), write.at(), write.site(), write.steps(),
                        write.inTransaction(), write.locked(), true, write.stateChecked());
            }
            writes.add(new Pending(write, order++, stateDepth > 0));
            if (write.kind() == Kind.INSERT || write.kind() == Kind.UPSERT) {
                inserted.add(normalized(write.entity()));
            }
        }

        // ---- classification

        private Kind kindOf(MethodCallExpr call, DataLayer.Access access, String sql) {
            String operation = access.operation();
            switch (access.kind()) {
                case SAVE -> {
                    if (sql != null) {
                        Kind fromSql = sqlKind(sql);
                        return fromSql == null ? Kind.UPDATE : fromSql;
                    }
                    if (operation.equals("persist") || operation.equals("persistAndFlush") || operation.startsWith("insert")) {
                        return Kind.INSERT;
                    }
                    if (operation.startsWith("update")) {
                        return Kind.UPDATE; // updateById(new Row(id, status)): a partial update of an existing row
                    }
                    if (!operation.startsWith("saveAll") && !call.getArguments().isEmpty() && isNewObject(call.getArgument(0), access)) {
                        return assignedId(access.entity()) ? Kind.UPSERT : Kind.INSERT;
                    }
                    return Kind.UPDATE;
                }
                case ATOMIC_UPDATE -> {
                    if (operation.equals("setIfAbsent") || operation.equals("putIfAbsent")) {
                        return Kind.UPSERT;
                    }
                    boolean increment = operation.equals("increment") || operation.equals("decrement")
                            || sql != null && INCREMENT_SQL.matcher(sql.toLowerCase(Locale.ROOT)).find()
                            || call.getArguments().stream().anyMatch(a -> a.toString().contains(".inc("));
                    return increment ? Kind.INCREMENT : Kind.UPDATE;
                }
                case BULK_UPDATE -> {
                    return Kind.UPDATE;
                }
                case DELETE -> {
                    return Kind.DELETE;
                }
                case OTHER -> {
                    return sql == null ? null : sqlKind(sql);
                }
                default -> {
                    return null;
                }
            }
        }

        /** A dedup check: an exists / count, or a finder whose result decides a condition. */
        private void recordCheck(MethodCallExpr call, DataLayer.Access access) {
            boolean check = switch (access.kind()) {
                case EXISTS, COUNT -> true;
                case READ -> decidesCondition(call);
                case ATOMIC_UPDATE -> access.operation().equals("setIfAbsent") || access.operation().equals("putIfAbsent");
                default -> false;
            };
            if (check) {
                String text = call + " " + access.source() + " " + access.what() + " " + Optional.ofNullable(access.statement()).orElse("");
                boolean idempotency = CHECK_TOKEN.matcher(text.toLowerCase(Locale.ROOT)).find()
                        || access.operation().equals("setIfAbsent") || access.operation().equals("putIfAbsent");
                checks.add(new Check(access.what(), idempotency, order++));
            }
        }

        private boolean decidesCondition(MethodCallExpr read) {
            Node child = read;
            for (Node parent = read.getParentNode().orElse(null); parent != null; child = parent, parent = parent.getParentNode().orElse(null)) {
                if (parent instanceof MethodCallExpr outer) {
                    if (outer.getScope().isEmpty() || outer.getScope().get() != child) {
                        return false; // an argument of another call
                    }
                    if (OPTIONAL_TESTS.contains(outer.getNameAsString())) {
                        return true;
                    }
                    if (!OPTIONAL_PASS.contains(outer.getNameAsString())) {
                        return false;
                    }
                } else if (parent instanceof IfStmt i) {
                    return i.getCondition() == child;
                } else if (parent instanceof ConditionalExpr c) {
                    return c.getCondition() == child;
                } else if (parent instanceof VariableDeclarator v) {
                    return v.getInitializer().isPresent() && v.getInitializer().get() == child && usedInCondition(v.getNameAsString());
                } else if (!(parent instanceof EnclosedExpr || parent instanceof UnaryExpr || parent instanceof BinaryExpr)) {
                    return false;
                }
            }
            return false;
        }

        /**
         * A condition on the state of a row this operation read: a lifecycle getter ({@code getStatus()},
         * {@code isPaid()}; not {@code getId()} nor amounts) called on a local variable that holds what a
         * finder or a data-layer read returned ({@code order = orders.findById(id).orElseThrow()},
         * {@code order = validateOrderExists(id)}), or any use of a local holding rows a query
         * selected by their status ({@code if (isNotEmpty(locks))} with {@code locks} from
         * {@code select .. where .. status = 0}). A parameter (the message itself) or a null check
         * of a row read by key is not a state check.
         */
        private boolean isStateCheck(Expression condition) {
            for (NameExpr used : condition.findAll(NameExpr.class)) {
                if (method.getParameterByName(used.getNameAsString()).isEmpty() && selectsByState(used.getNameAsString())) {
                    return true; // if (isNotEmpty(rows)) with rows = select .. where status = 0: runs once per state change
                }
            }
            for (MethodCallExpr getter : condition.findAll(MethodCallExpr.class)) {
                if (getter.getScope().isPresent() && getter.getScope().get() instanceof NameExpr variable
                        && STATE_GETTER.matcher(getter.getNameAsString()).matches()
                        && method.getParameterByName(variable.getNameAsString()).isEmpty()
                        && holdsRead(variable.getNameAsString())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A lookup of a message / request / idempotency key that is not a data-layer call
         * ({@code redis.opsForHash().entries("mail_log").containsKey(msgId)}, {@code processedIds.contains(eventId)}):
         * a method call in the condition, and the condition names such a key, directly or through
         * the locals it uses ({@code v = ops.get(keys)} with {@code keys = msg.getKeys()}, RocketMQ's message key).
         */
        private boolean isDedupCheck(Expression condition) {
            if (condition.findAll(MethodCallExpr.class).isEmpty()) {
                return false;
            }
            StringBuilder text = new StringBuilder(condition.toString());
            Set<String> seen = new HashSet<>();
            Deque<String> pending = new ArrayDeque<>();
            condition.findAll(NameExpr.class).forEach(n -> pending.add(n.getNameAsString()));
            while (!pending.isEmpty() && seen.size() < 8) {
                String name = pending.poll();
                if (!seen.add(name)) {
                    continue;
                }
                List<Expression> values = new ArrayList<>();
                method.findAll(VariableDeclarator.class).stream().filter(v -> v.getNameAsString().equals(name))
                        .forEach(v -> v.getInitializer().ifPresent(values::add));
                method.findAll(AssignExpr.class).stream()
                        .filter(a -> a.getTarget() instanceof NameExpr t && t.getNameAsString().equals(name))
                        .forEach(a -> values.add(a.getValue()));
                for (Expression value : values) {
                    text.append(' ').append(value);
                    value.findAll(NameExpr.class).forEach(n -> pending.add(n.getNameAsString()));
                }
            }
            String lower = text.toString().toLowerCase(Locale.ROOT);
            return CHECK_TOKEN.matcher(lower).find() || lower.contains(".getkeys()");
        }

        /**
         * Get-or-create: {@code if (existing == null) { insert }} (1: the then-branch runs only when
         * the row read is absent) or {@code if (existing != null) return / else { insert }} (-1: the
         * else-branch, and what follows an exiting then-branch); 0 otherwise. A second run finds the
         * row the first inserted.
         */
        private int absenceCheck(Expression condition) {
            Expression c = unwrap(condition);
            if (c instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.EQUALS || b.getOperator() == BinaryExpr.Operator.NOT_EQUALS)) {
                Expression other = b.getLeft() instanceof com.github.javaparser.ast.expr.NullLiteralExpr ? b.getRight()
                        : b.getRight() instanceof com.github.javaparser.ast.expr.NullLiteralExpr ? b.getLeft() : null;
                if (other instanceof NameExpr v && method.getParameterByName(v.getNameAsString()).isEmpty() && holdsRead(v.getNameAsString())) {
                    return b.getOperator() == BinaryExpr.Operator.EQUALS ? 1 : -1;
                }
            }
            return 0;
        }

        /** The local holds rows a query selected by their state ({@code .. where order_id in (..) and status = 0}). */
        private boolean selectsByState(String variable) {
            for (VariableDeclarator v : method.findAll(VariableDeclarator.class)) {
                if (v.getNameAsString().equals(variable) && v.getInitializer().isPresent()) {
                    for (MethodCallExpr call : v.getInitializer().get().findAll(MethodCallExpr.class)) {
                        Optional<DataLayer.Access> read = dataLayer.classify(call).filter(a -> a.kind() == DataLayer.Kind.READ);
                        String sql = read.map(DataWrites::statementOf).orElse(null);
                        if (sql != null && STATE_FILTER.matcher(sql.toLowerCase(Locale.ROOT)).find()) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private boolean holdsRead(String variable) {
            for (VariableDeclarator v : method.findAll(VariableDeclarator.class)) {
                if (v.getNameAsString().equals(variable) && v.getInitializer().isPresent()) {
                    for (MethodCallExpr call : v.getInitializer().get().findAll(MethodCallExpr.class)) {
                        if (FINDER.matcher(call.getNameAsString()).matches()
                                || dataLayer.classify(call).filter(a -> a.kind() == DataLayer.Kind.READ).isPresent()) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private boolean usedInCondition(String variable) {
            for (IfStmt i : method.findAll(IfStmt.class)) {
                if (i.getCondition().findFirst(NameExpr.class, n -> n.getNameAsString().equals(variable)).isPresent()) {
                    return true;
                }
            }
            return false;
        }

        private boolean isNewObject(Expression argument, DataLayer.Access access) {
            Expression e = unwrap(argument);
            if (e instanceof ObjectCreationExpr) {
                return true;
            }
            if (e instanceof MethodCallExpr call) {
                return isConstruction(call, access);
            }
            if (e instanceof NameExpr name && method.getParameterByName(name.getNameAsString()).isEmpty()) {
                List<Expression> values = new ArrayList<>();
                for (VariableDeclarator v : method.findAll(VariableDeclarator.class)) {
                    if (v.getNameAsString().equals(name.getNameAsString())) {
                        v.getInitializer().ifPresent(values::add);
                    }
                }
                for (AssignExpr assign : method.findAll(AssignExpr.class)) {
                    if (assign.getTarget() instanceof NameExpr target && target.getNameAsString().equals(name.getNameAsString())) {
                        values.add(assign.getValue());
                    }
                }
                return !values.isEmpty() && values.stream().map(DataWrites::unwrap)
                        .allMatch(v -> v instanceof ObjectCreationExpr || v instanceof MethodCallExpr c && isConstruction(c, access));
            }
            return false;
        }

        /** {@code X.builder()...build()}, or a static factory of the entity class ({@code Payment.pending(..)}). */
        private boolean isConstruction(MethodCallExpr call, DataLayer.Access access) {
            if (call.getNameAsString().equals("build")) {
                Expression root = call;
                while (root instanceof MethodCallExpr link && link.getScope().isPresent()) {
                    if (link.getNameAsString().equals("builder") || link.getNameAsString().startsWith("new")) {
                        return true;
                    }
                    root = link.getScope().get();
                }
                return false;
            }
            return call.getScope().isPresent() && call.getScope().get() instanceof NameExpr type
                    && access.entity() != null && type.getNameAsString().equals(access.entity().simpleName())
                    && !call.getNameAsString().matches("(find|get|load|lookup|read|fetch)\\w*");
        }

        /** A JPA entity whose {@code @Id} is assigned, not generated: {@code save} merges by that key. */
        private boolean assignedId(TypeRef entity) {
            if (entity == null) {
                return false;
            }
            Optional<TypeDeclaration<?>> type = resolver.types().sourceType(entity.name());
            if (type.isEmpty() || !Names.hasAnnotation(type.get(), Frameworks.JPA_ENTITY)) {
                return false;
            }
            return idGeneration(type.get(), 0).map(generated -> !generated).orElse(false);
        }

        /** Whether the {@code @Id} of {@code type} (or a source superclass) is generated; empty when not found. */
        private Optional<Boolean> idGeneration(TypeDeclaration<?> type, int depth) {
            for (FieldDeclaration field : type.getFields()) {
                if (Names.hasAnnotation(field, EMBEDDED_ID)) {
                    return Optional.of(false);
                }
                if (Names.hasAnnotation(field, ID)) {
                    return Optional.of(Names.hasAnnotation(field, GENERATED_VALUE));
                }
            }
            if (depth < MAX_SUPERCLASS_DEPTH && type instanceof ClassOrInterfaceDeclaration cls && !cls.getExtendedTypes().isEmpty()) {
                return resolver.types().resolve(cls.getExtendedTypes(0).getNameWithScope(), cls)
                        .flatMap(resolver.types()::sourceType)
                        .flatMap(parent -> idGeneration(parent, depth + 1));
            }
            return Optional.empty();
        }

        private boolean insideDuplicateCatch(Node node) {
            Node child = node;
            for (Node parent = node.getParentNode().orElse(null); parent != null && parent != method; child = parent, parent = parent.getParentNode().orElse(null)) {
                if (parent instanceof TryStmt t && t.getTryBlock() == child) {
                    for (CatchClause clause : t.getCatchClauses()) {
                        String types = clause.getParameter().getType().asString();
                        if (DUPLICATE_EXCEPTIONS.stream().anyMatch(types::contains)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private Location here(Node node, String message) {
            return Locations.ofStatement(node, message);
        }

        private Location exactly(Node node, String message) {
            return Locations.of(node, message);
        }
    }

    // ---------------------------------------------------------------------------------------

    private static String describe(DataLayer.Access access) {
        return access.source() + "." + access.operation();
    }

    /** The SQL / JPQL text of the access: the call's own statement, else the repository method's query. */
    private static String statementOf(DataLayer.Access access) {
        if (access.statement() != null) {
            return access.statement();
        }
        return access.method() != null ? access.method().query() : null;
    }

    static Kind sqlKind(String sql) {
        String lower = sql.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (lower.startsWith("insert")) {
            return UPSERT_SQL.matcher(lower).find() ? Kind.UPSERT : Kind.INSERT;
        }
        if (lower.startsWith("merge") || lower.startsWith("replace") || lower.startsWith("upsert")) {
            return Kind.UPSERT;
        }
        if (lower.startsWith("delete")) {
            return Kind.DELETE;
        }
        if (lower.startsWith("update")) {
            return INCREMENT_SQL.matcher(lower).find() ? Kind.INCREMENT : Kind.UPDATE;
        }
        return null;
    }

    private static String insertedTable(String sql) {
        Matcher m = INSERT_TABLE.matcher(sql.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        return m.find() ? m.group(1).replaceAll("[\"`]", "") : "row";
    }

    private static boolean sameEntity(String a, String b) {
        return b != null && normalized(a).equals(normalized(b));
    }

    /** {@code Payment}, {@code payments}, {@code payments row} and {@code payment_record} alike: letters, singular. */
    private static String normalized(String name) {
        if (name == null) {
            return "";
        }
        String letters = name.toLowerCase(Locale.ROOT).replace(" row", "").replaceAll("[^a-z]", "");
        return letters.endsWith("s") ? letters.substring(0, letters.length() - 1) : letters;
    }

    private static Expression unwrap(Expression e) {
        while (e instanceof EnclosedExpr enclosed) {
            e = enclosed.getInner();
        }
        return e;
    }

    private static List<Unit> plus(List<Unit> path, Unit unit) {
        List<Unit> longer = new ArrayList<>(path.size() + 1);
        longer.addAll(path);
        longer.add(unit);
        return longer;
    }

    /** The longer of two paths; null stands for "does not complete normally". */
    private static List<Unit> longest(List<Unit> a, List<Unit> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.size() > a.size() ? b : a;
    }
}
