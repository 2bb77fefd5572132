package io.github.raceguard.flow;


import io.github.raceguard.context.CallGraph;
import io.github.raceguard.datalayer.DataLayer;
import io.github.raceguard.datalayer.Panache;
import io.github.raceguard.types.Frameworks;
import io.github.raceguard.types.Locations;
import io.github.raceguard.types.Names;
import io.github.raceguard.datalayer.QueryKeys;
import io.github.raceguard.persistence.RepositoryMethod;
import io.github.raceguard.persistence.SchemaNames;
import io.github.raceguard.datalayer.SqlConstants;
import io.github.raceguard.context.TransactionContext;
import io.github.raceguard.context.Transactions;
import io.github.raceguard.types.TypeRef;
import io.github.raceguard.types.TypeResolver;
import io.github.raceguard.persistence.UniqueConstraints;
import io.github.raceguard.persistence.UniqueKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.github.raceguard.report.Location;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds check-then-insert flows: an existence check through the data layer ({@code existsBy*},
 * {@code countBy*} compared with 0, {@code findBy*} tested with {@code isPresent / isEmpty /
 * == null}, a JdbcTemplate {@code SELECT COUNT(*)}) that decides whether a new row is inserted
 * (a freshly constructed entity passed to {@code save / persist}, an SQL {@code INSERT}) —
 * through {@code if}, an early {@code throw / return / continue}, a loop condition, an assertion,
 * {@code Optional.orElseGet(() -> save(new ..))} (get-or-create) or {@code ifPresentOrElse}.
 * Checks and inserts in helper methods of the same class or of other beans in the sources are
 * composed through per-method summaries; the flow belongs to the method that composes them.
 * Each flow carries what protects it, if anything: a unique constraint covering the checked
 * columns ({@link UniqueConstraints}), a handled duplicate-key exception, SERIALIZABLE isolation.
 */
public final class ExistenceChecks {

    /** What a check or an insert is about: an entity (and its table), or a table written in SQL. */
    public record Target(String entity, String table, String display) {
    }

    /**
     * A lookup whose answer decides an insert.
     *
     * @param branches the equality keys it checks: one list of columns, or several for {@code ..Or..}
     * @param lock     how the lookup locks ({@code @Lock(PESSIMISTIC_WRITE)}, {@code SELECT ... FOR UPDATE}), or null
     */
    public record Check(Location location, Target target, String operation, List<List<UniqueConstraints.Column>> branches,
                        String lock) {
    }

    /**
     * An insert of a new row, seen from the method that composes the flow.
     *
     * @param location the statement in this method that inserts, or that calls the helper that does
     * @param via      the helper method called here that performs the insert, or null when it is this statement
     * @param steps    from that statement into the helpers, ending at the insert itself
     */
    public record Insert(Location location, Target target, String operation, String via, List<Location> steps) {
    }

    /**
     * A check that decides an insert keyed by the same columns.
     *
     * @param columns    the checked columns of the branch reported (the first unprotected one)
     * @param protection what keeps the rows unique or the flow safe; null when nothing does
     * @param jvmLock    the insert runs under {@code synchronized}, which one JVM only honours
     */
    public record CheckThenInsert(Check check, Insert insert, List<UniqueConstraints.Column> columns, String protection,
                                  boolean jvmLock) {
    }

    /** A fact known at some point: the check's answer was "absent" (or "present"). */
    private record Fact(Check check, boolean absent) {
    }

    /** An insert found in a method body, with the nodes where its new object was created. */
    private record Site(Node node, Target target, String operation, String via, List<Node> origins, List<Location> steps) {
    }

    /** What a helper method contributes to its callers. */
    private record Summary(List<Site> inserts, List<Fact> ensures) {
        static final Summary EMPTY = new Summary(List.of(), List.of());

        Summary {
            // one insert per place and target, one fact each: a recursion reaches its own again, with longer steps
            Set<List<Object>> seen = new HashSet<>();
            List<Site> distinct = new ArrayList<>(inserts.size());
            for (Site site : inserts) {
                if (seen.add(key(site))) {
                    distinct.add(site);
                }
            }
            inserts = List.copyOf(distinct);
            ensures = List.copyOf(new java.util.LinkedHashSet<>(ensures));
        }

        private static List<Object> key(Site site) {
            return java.util.Arrays.asList(site.steps().isEmpty() ? null : site.steps().get(0), site.target(), site.operation(), site.via(),
                    site.steps().isEmpty() ? null : site.steps().get(site.steps().size() - 1));
        }

        /** What a recursion cycle's fixed point compares. */
        Object facts() {
            Set<List<Object>> insertFacts = new HashSet<>();
            for (Site site : inserts) {
                insertFacts.add(key(site));
            }
            return List.of(insertFacts, Set.copyOf(ensures));
        }
    }

    /** How a looked-up value is used. */
    private enum Use { BOOLEAN, COUNT, OPTIONAL, NULLABLE, COLLECTION }

    private static final Set<String> INSERT_CALLS = Set.of("save", "saveAndFlush", "insert", "insertSelective", "persist", "persistAndFlush",
            "merge", "update", "executeUpdate", "execute"); // JDBC executeUpdate; jOOQ insertInto(..).execute(), JDBI createUpdate("insert ..").execute()
    /** {@code ResultSet} getters a count is read with. */
    private static final Set<String> JDBC_GETTERS = Set.of("getInt", "getLong", "getShort", "getBigDecimal");
    private static final Set<String> ASSERTIONS = Set.of("Assert", "Preconditions", "Validate", "Assertions");
    private static final Pattern FACTORY = Pattern.compile("of|create\\w*|new\\w*|from\\w*");
    private static final Pattern CONVERSION = Pattern.compile("(?:to|map|convert)[A-Z]\\w*|create\\w*|new[A-Z]\\w*|build[A-Z]\\w*");
    private static final int MAX_DEPTH = 3;
    /** The depth a helper's summary is walked at: as called from the composing method. */
    private static final int HELPER_DEPTH = 1;
    /** Names of calls that may be (or lead to) an existence check: methods without one need no helper resolution. */
    private static final Pattern CHECK_HINT = Pattern.compile("(?:exists|count|find|query|select|search|read|stream|get|is|has|check"
            + "|validate|ensure|assert|verify|require|lookup|single|optional)\\w*|ifPresent\\w*|orElse\\w*|state");
    private static final Pattern INSERT_STATEMENT = Pattern.compile("^\\s*insert\\b", Pattern.CASE_INSENSITIVE);

    private final TypeResolver resolver;
    private final DataLayer dataLayer;
    private final CallGraph callGraph;
    private final Transactions transactions;
    private final UniqueConstraints unique;
    private final SqlConstants sqlText;
    private volatile Set<String> insertingNames;
    private final Map<CallableDeclaration<?>, List<CheckThenInsert>> cache = Collections.synchronizedMap(new IdentityHashMap<>());
    private final SummaryEngine<Summary> summaries;

    public ExistenceChecks(TypeResolver resolver, DataLayer dataLayer, CallGraph callGraph, Transactions transactions,
                           UniqueConstraints unique) {
        this.resolver = resolver;
        this.dataLayer = dataLayer;
        this.callGraph = callGraph;
        this.transactions = transactions;
        this.unique = unique;
        this.sqlText = new SqlConstants(resolver.types());
        this.summaries = SummaryEngine.of(callGraph.components(), Summary.EMPTY, m -> computeSummary((MethodDeclaration) m), Summary::facts);
    }

    /** How many recursion cycles among helpers did not settle. */
    public int unconverged() {
        return summaries.unconverged();
    }

    public UniqueConstraints uniqueConstraints() {
        return unique;
    }

    /** The check-then-insert flows this method composes, protected or not, in source order of the insert. */
    public List<CheckThenInsert> flows(CallableDeclaration<?> method) {
        List<CheckThenInsert> known = cache.get(method);
        if (known == null) {
            known = List.copyOf(analyze(method));
            cache.put(method, known);
        }
        return known;
    }

    private List<CheckThenInsert> analyze(CallableDeclaration<?> method) {
        List<MethodCallExpr> calls = ownCalls(method);
        List<Site> sites = new ArrayList<>(directInserts(calls, method));
        if (calls.stream().anyMatch(c -> CHECK_HINT.matcher(c.getNameAsString()).matches())) {
            Set<String> inserting = insertingMethodNames();
            for (MethodCallExpr call : calls) {
                if (!INSERT_CALLS.contains(call.getNameAsString()) && inserting.contains(call.getNameAsString()) && mayBeHelper(call)) {
                    helperInserts(call, method, sites, 1);
                }
            }
        }
        if (sites.isEmpty()) {
            return List.of();
        }
        sites.sort(Comparator.comparing((Site s) -> s.node().getBegin().map(p -> p.line).orElse(0))
                .thenComparing(s -> s.node().getBegin().map(p -> p.column).orElse(0)));
        Map<Site, List<Fact>> known = new IdentityHashMap<>();
        Set<Location> decideContentOnly = new HashSet<>();
        for (Site site : sites) {
            List<Fact> facts = new ArrayList<>(guards(site.node(), method, 0));
            for (Node origin : site.origins()) {
                facts.addAll(guards(origin, method, 0));
            }
            known.put(site, facts);
            for (Fact fact : facts) {
                if (!fact.absent() && sameTarget(fact.check().target(), site.target())) {
                    // a row is inserted when the check says "present" too: it chooses what to insert, not whether
                    decideContentOnly.add(fact.check().location());
                }
            }
        }
        List<CheckThenInsert> flows = new ArrayList<>();
        for (Site site : sites) {
            CheckThenInsert chosen = null;
            for (Fact fact : known.get(site)) {
                if (fact.absent() && sameTarget(fact.check().target(), site.target()) && !decideContentOnly.contains(fact.check().location())) {
                    Optional<CheckThenInsert> flow = flow(fact.check(), site, method);
                    if (flow.isPresent() && (chosen == null || chosen.protection() != null && flow.get().protection() == null)) {
                        chosen = flow.get();
                    }
                }
            }
            if (chosen != null) {
                flows.add(chosen);
            }
        }
        return flows;
    }

    private Optional<CheckThenInsert> flow(Check check, Site site, CallableDeclaration<?> method) {
        Insert insert = new Insert(Locations.ofStatement(site.node(), "inserts a new " + site.target().display()),
                site.target(), site.operation(), site.via(), site.steps());
        boolean jvmLock = site.node().findAncestor(SynchronizedStmt.class).isPresent()
                || method instanceof MethodDeclaration m && m.isSynchronized();
        List<UniqueConstraints.Column> unprotected = null;
        String protection = null;
        for (List<UniqueConstraints.Column> branch : check.branches()) {
            Target target = check.target();
            if (target.entity() != null && !unique.mapping(target.entity()).known()) {
                return Optional.empty(); // its keys cannot be read: nothing can be concluded
            }
            Optional<UniqueKey> key = target.entity() != null ? unique.protecting(target.entity(), branch)
                    : unique.protectingTable(target.table(), branch);
            if (key.isPresent()) {
                protection = protection == null ? key.get().description() : protection;
            } else if (unprotected == null) {
                unprotected = branch;
            }
        }
        if (unprotected == null) {
            return Optional.of(new CheckThenInsert(check, insert, check.branches().get(0), protection, jvmLock));
        }
        Optional<String> handled = duplicateKeyHandled(site.node(), method);
        if (handled.isPresent()) {
            return Optional.of(new CheckThenInsert(check, insert, unprotected, handled.get(), jvmLock));
        }
        TransactionContext context = transactions.at(site.node());
        if (context.serializable()) {
            return Optional.of(new CheckThenInsert(check, insert, unprotected, "SERIALIZABLE isolation (" + context.description() + ")", jvmLock));
        }
        return Optional.of(new CheckThenInsert(check, insert, unprotected, null, jvmLock));
    }

    /** A catch of a duplicate-key exception around the insert: the database enforces a key we do not see. */
    private static Optional<String> duplicateKeyHandled(Node insert, CallableDeclaration<?> method) {
        Node child = insert;
        for (Node n = insert.getParentNode().orElse(null); n != null && n != method; child = n, n = n.getParentNode().orElse(null)) {
            if (n instanceof TryStmt tryStmt && child == tryStmt.getTryBlock()) {
                for (CatchClause clause : tryStmt.getCatchClauses()) {
                    for (String written : caughtTypes(clause)) {
                        if (Names.refersTo(written, clause, Frameworks.DUPLICATE_KEY_EXCEPTIONS)) {
                            return Optional.of("catches " + Names.simpleName(written) + " around the insert");
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> caughtTypes(CatchClause clause) {
        var type = clause.getParameter().getType();
        if (type.isUnionType()) {
            return type.asUnionType().getElements().stream().map(t -> t.asString()).toList();
        }
        return List.of(type.asString());
    }

    private boolean sameTarget(Target check, Target insert) {
        if (check.entity() != null && insert.entity() != null) {
            return check.entity().equals(insert.entity())
                    || (!check.entity().contains(".") || !insert.entity().contains("."))
                    && Names.simpleName(check.entity()).equals(Names.simpleName(insert.entity()));
        }
        return SchemaNames.key(tableOf(check)).equals(SchemaNames.key(tableOf(insert)));
    }

    private String tableOf(Target target) {
        return target.entity() != null ? unique.mapping(target.entity()).table() : target.table();
    }

    // ---- inserts --------------------------------------------------------------------------------

    private List<MethodCallExpr> ownCalls(CallableDeclaration<?> method) {
        List<MethodCallExpr> own = new ArrayList<>();
        for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
            if (call.findAncestor(CallableDeclaration.class).orElse(null) == method) {
                own.add(call);
            }
        }
        return own;
    }

    private static boolean mayBeHelper(MethodCallExpr call) {
        Optional<Expression> scope = call.getScope();
        return scope.isEmpty() || scope.get().isThisExpr() || scope.get() instanceof NameExpr n && Character.isLowerCase(n.getNameAsString().charAt(0))
                || scope.get() instanceof FieldAccessExpr f && f.getScope().isThisExpr();
    }

    private List<Site> directInserts(List<MethodCallExpr> calls, CallableDeclaration<?> method) {
        List<Site> sites = new ArrayList<>();
        for (MethodCallExpr call : calls) {
            insertAt(call, method).ifPresent(sites::add);
        }
        return sites;
    }

    /** The unguarded inserts of the helper {@code call} invokes, seen from this call. */
    private void helperInserts(MethodCallExpr call, CallableDeclaration<?> method, List<Site> sites, int depth) {
        Optional<MethodDeclaration> callee = callGraph.callee(call);
        if (callee.isEmpty() || callee.get() == method || callee.get().getBody().isEmpty()) {
            return;
        }
        for (Site inner : summary(callee.get(), depth).inserts()) {
            List<Location> steps = new ArrayList<>();
            steps.add(Locations.ofStatement(call, "calls " + callee.get().getNameAsString() + "(..)"));
            steps.addAll(inner.steps());
            sites.add(new Site(call, inner.target(), inner.operation(), callee.get().getNameAsString(), List.of(), steps));
        }
    }

    /**
     * Names of source methods that may insert (an insert-like call on a new-looking value, an
     * {@code INSERT} statement), told from syntax alone: only calls of these names are resolved
     * to find inserts in helpers.
     */
    private Set<String> insertingMethodNames() {
        Set<String> names = insertingNames;
        if (names == null) {
            // from the call index: the methods (of named types) around each insert-like call
            Set<String> found = new HashSet<>();
            for (String insert : INSERT_CALLS) {
                for (MethodCallExpr call : callGraph.callsNamed(insert)) {
                    for (Node n = call.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
                        if (n instanceof MethodDeclaration declared && declared.getBody().isPresent()
                                && declared.getParentNode().filter(TypeDeclaration.class::isInstance).isPresent()
                                && !found.contains(declared.getNameAsString()) && mayInsert(call, declared)) {
                            found.add(declared.getNameAsString());
                        }
                    }
                }
            }
            insertingNames = names = Set.copyOf(found);
        }
        return names;
    }

    /** Syntax alone: an insert-like call with a new-looking argument, or an {@code INSERT} statement. */
    private boolean mayInsert(MethodCallExpr call, CallableDeclaration<?> method) {
        String name = call.getNameAsString();
        if (!INSERT_CALLS.contains(name)) {
            return false;
        }
        if (name.equals("executeUpdate") || name.equals("execute")) { // plain JDBC: the SQL prepared or passed
            String text = dataLayer.classify(call).map(DataLayer.Access::statement).orElse(null);
            return text != null && INSERT_STATEMENT.matcher(text).find();
        }
        if (name.equals("update")) {
            String text = call.getArguments().isEmpty() ? chainedSql(call) : sqlText.text(call.getArgument(0));
            return text != null && INSERT_STATEMENT.matcher(text).find();
        }
        if (name.equals("execute") || name.equals("insert") && sqlInsert(call)) {
            return sqlInsert(call); // jOOQ insertInto(..).execute(), JDBI createUpdate / a SQL object's @SqlUpdate("insert ..")
        }
        // the saved value: the argument, or the entity itself for Panache's p.persist()
        return call.getArguments().size() <= 1
                && Panache.savedExpression(call).map(saved -> fresh(saved, method, null).isPresent()).orElse(false);
    }

    /** A data-layer call whose INSERT is written as SQL with no entity (jOOQ, JDBI). */
    private boolean sqlInsert(MethodCallExpr call) {
        return dataLayer.classify(call).filter(a -> a.kind() == DataLayer.Kind.SAVE && a.entity() == null)
                .map(DataLayer.Access::statement).filter(t -> INSERT_STATEMENT.matcher(t).find()).isPresent();
    }

    /** {@code jdbcClient.sql("insert ..").param(..).update()}. */
    private String chainedSql(MethodCallExpr call) {
        for (Expression e = call.getScope().orElse(null); e instanceof MethodCallExpr link; e = link.getScope().orElse(null)) {
            if (link.getNameAsString().equals("sql") && link.getArguments().size() == 1) {
                return sqlText.text(link.getArgument(0));
            }
        }
        return null;
    }

    /**
     * An insert through the data layer: {@code save / saveAndFlush / insert / persist / merge} of
     * a new object, or an SQL {@code INSERT} (an upsert — ON CONFLICT, INSERT IGNORE, MERGE —
     * resolves the duplicate itself and is none).
     */
    private Optional<Site> insertAt(MethodCallExpr call, CallableDeclaration<?> method) {
        String name = call.getNameAsString();
        if (!INSERT_CALLS.contains(name)) {
            return Optional.empty();
        }
        boolean sql = name.equals("update") || name.equals("executeUpdate") || name.equals("execute") || name.equals("insert") && sqlInsert(call);
        if (!mayInsert(call, method)) {
            return Optional.empty();
        }
        Optional<DataLayer.Access> access = dataLayer.classify(call);
        if (access.isEmpty() || access.get().kind() != DataLayer.Kind.SAVE) {
            return Optional.empty();
        }
        DataLayer.Access a = access.get();
        String entitySimpleName = a.entity() == null ? null : a.entity().simpleName();
        Expression saved = sql ? null : Panache.savedExpression(call).orElse(null);
        Optional<List<Node>> origins = sql ? Optional.of(List.of()) : saved == null ? Optional.empty() : fresh(saved, method, entitySimpleName);
        if (origins.isEmpty()) {
            return Optional.empty();
        }
        if (sql) {
            Optional<QueryKeys.SqlInsert> insert = Optional.ofNullable(a.statement()).flatMap(QueryKeys::sqlInsert);
            if (insert.isEmpty() || insert.get().upsert()) {
                return Optional.empty();
            }
            String table = insert.get().table();
            return Optional.of(site(call, tableTarget(table, call), a.source() + " INSERT INTO " + table, List.of()));
        }
        Optional<String> entity = Optional.ofNullable(a.entity()).filter(t -> !t.isVariable()).map(TypeRef::name)
                .or(() -> constructedType(saved));
        return entity.map(e -> site(call, entityTarget(e), a.source() + "." + name, origins.get()));
    }

    private Site site(MethodCallExpr call, Target target, String operation, List<Node> origins) {
        return new Site(call, target, operation, null, origins, List.of(Locations.ofStatement(call, "inserts a new " + target.display())));
    }

    private static Target entityTarget(String entity) {
        return new Target(entity, null, Names.simpleName(entity));
    }

    /** A table named in SQL or JPQL: the entity of that name when the query is JPQL, else the table itself. */
    private Target tableTarget(String table, Node context) {
        if (!table.contains(".") && Character.isUpperCase(table.charAt(0))) {
            Optional<String> entity = resolver.types().resolve(table, context)
                    .filter(fqn -> resolver.types().sourceType(fqn).isPresent());
            if (entity.isPresent()) {
                return entityTarget(entity.get());
            }
        }
        return new Target(null, table, "row in " + table);
    }

    /**
     * Where a new object passed to an insert was created: a constructor call, a builder, a static
     * factory or a conversion ({@code toEntity(dto)}), directly or through a local variable; an
     * entity parameter counts as new (a create method's input). Empty when the value is not new
     * (an entity that was looked up).
     */
    private Optional<List<Node>> fresh(Expression value, CallableDeclaration<?> method, String entity) {
        Expression e = unwrap(value);
        if (isConstruction(e, entity)) {
            return Optional.of(List.of(e));
        }
        if (!(e instanceof NameExpr name)) {
            return Optional.empty();
        }
        String variable = name.getNameAsString();
        List<Node> origins = new ArrayList<>();
        boolean declaredLocally = false;
        for (VariableDeclarator declarator : method.findAll(VariableDeclarator.class)) {
            if (declarator.getNameAsString().equals(variable)) {
                declaredLocally = true;
                declarator.getInitializer().flatMap(i -> constructionIn(i, entity)).ifPresent(origins::add);
            }
        }
        for (AssignExpr assign : method.findAll(AssignExpr.class)) {
            if (assign.getTarget() instanceof NameExpr target && target.getNameAsString().equals(variable)) {
                constructionIn(assign.getValue(), entity).ifPresent(origins::add);
            }
        }
        if (!origins.isEmpty()) {
            return Optional.of(origins);
        }
        if (!declaredLocally) {
            for (Parameter parameter : method.getParameters()) {
                if (parameter.getNameAsString().equals(variable) && parameter.getType() instanceof ClassOrInterfaceType type
                        && !type.getNameAsString().equals("String") && Character.isUpperCase(type.getNameAsString().charAt(0))) {
                    return Optional.of(List.of());
                }
            }
        }
        return Optional.empty();
    }

    /** The construction an assigned value is or falls back to ({@code opt.orElseGet(() -> new Tag(n))}). */
    private Optional<Node> constructionIn(Expression value, String entity) {
        Expression e = unwrap(value);
        if (isConstruction(e, entity)) {
            return Optional.of(e);
        }
        if (e instanceof MethodCallExpr call && (call.getNameAsString().equals("orElseGet") || call.getNameAsString().equals("orElse"))
                && call.getArguments().size() == 1) {
            Expression argument = unwrap(call.getArgument(0));
            if (argument instanceof LambdaExpr lambda && lambda.getExpressionBody().map(b -> isConstruction(unwrap(b), entity)).orElse(false)) {
                return lambda.getExpressionBody().map(b -> (Node) b);
            }
            if (argument instanceof MethodReferenceExpr reference && reference.getIdentifier().equals("new") || isConstruction(argument, entity)) {
                return Optional.of(argument);
            }
        }
        return Optional.empty();
    }

    /**
     * A new object: {@code new X(..)}, a builder, a static factory ({@code X.of(..)}, or any
     * static method of the entity class), a conversion ({@code mapper.toEntity(dto)}).
     */
    private boolean isConstruction(Expression e, String entity) {
        if (e instanceof ObjectCreationExpr creation) {
            return creation.getAnonymousClassBody().isEmpty() && !carriesId(creation);
        }
        if (!(e instanceof MethodCallExpr call)) {
            return false;
        }
        String name = call.getNameAsString();
        if (name.equals("build")) {
            for (Expression s = call.getScope().orElse(null); s != null; s = s instanceof MethodCallExpr c ? c.getScope().orElse(null) : null) {
                if (s instanceof MethodCallExpr c && c.getNameAsString().equals("builder") || s instanceof ObjectCreationExpr) {
                    return true;
                }
            }
            return false;
        }
        Optional<Expression> scope = call.getScope();
        if (scope.isPresent() && scope.get() instanceof NameExpr type && Character.isUpperCase(type.getNameAsString().charAt(0))) {
            return FACTORY.matcher(name).matches() || entity == null || type.getNameAsString().equals(entity);
        }
        return CONVERSION.matcher(name).matches();
    }

    /**
     * {@code new AppUser(current.id(), login, email)}: a copy that keeps an existing identifier
     * (the immutable-record style of Spring Data JDBC) is an update, not an insert. Told from the
     * constructor parameter (or record component) at that position being the {@code @Id}.
     */
    private boolean carriesId(ObjectCreationExpr creation) {
        if (creation.getArguments().isEmpty()) {
            return false;
        }
        Optional<TypeDeclaration<?>> type = resolver.types().resolve(creation.getType().getNameWithScope(), creation)
                .flatMap(resolver.types()::sourceType);
        if (type.isEmpty()) {
            return false;
        }
        List<Parameter> parameters = null;
        if (type.get() instanceof RecordDeclaration record && record.getParameters().size() == creation.getArguments().size()) {
            parameters = record.getParameters();
        } else {
            for (ConstructorDeclaration constructor : type.get().getConstructors()) {
                if (constructor.getParameters().size() == creation.getArguments().size()) {
                    parameters = constructor.getParameters();
                    break;
                }
            }
        }
        if (parameters == null) {
            return false;
        }
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            boolean id = Names.hasAnnotation(parameter, Frameworks.ID) || type.get().getFieldByName(parameter.getNameAsString())
                    .map(f -> Names.hasAnnotation(f, Frameworks.ID)).orElse(false);
            if (id && isLookedUpId(creation.getArgument(i))) {
                return true;
            }
        }
        return false;
    }

    /** An identifier read from another object ({@code current.id()}, {@code existing.getId()}), not a fresh or natural key. */
    private static boolean isLookedUpId(Expression argument) {
        return unwrap(argument) instanceof MethodCallExpr call && call.getScope().isPresent() && call.getArguments().isEmpty()
                && (call.getNameAsString().equals("id") || call.getNameAsString().equals("getId"));
    }

    private Optional<String> constructedType(Expression value) {
        Expression e = unwrap(value);
        if (e instanceof NameExpr || e instanceof ObjectCreationExpr) {
            return resolver.declaredTypeOf(e).map(TypeRef::name);
        }
        if (e instanceof MethodCallExpr call && call.getScope().isPresent() && call.getScope().get() instanceof NameExpr type
                && Character.isUpperCase(type.getNameAsString().charAt(0))) {
            return resolver.types().resolve(type.getNameAsString(), call);
        }
        return Optional.empty();
    }

    // ---- guards ---------------------------------------------------------------------------------

    /** What is known when {@code node} runs: the facts its enclosing conditions and earlier exits establish. */
    private List<Fact> guards(Node node, CallableDeclaration<?> method, int depth) {
        List<Fact> facts = new ArrayList<>();
        Node child = node;
        for (Node parent = node.getParentNode().orElse(null); parent != null && parent != method;
             child = parent, parent = parent.getParentNode().orElse(null)) {
            if (parent instanceof IfStmt ifStmt) {
                if (child == ifStmt.getThenStmt()) {
                    facts.addAll(facts(ifStmt.getCondition(), true, method, depth));
                } else if (ifStmt.getElseStmt().isPresent() && ifStmt.getElseStmt().get() == child) {
                    facts.addAll(facts(ifStmt.getCondition(), false, method, depth));
                }
            } else if (parent instanceof ConditionalExpr conditional) {
                if (child == conditional.getThenExpr()) {
                    facts.addAll(facts(conditional.getCondition(), true, method, depth));
                } else if (child == conditional.getElseExpr()) {
                    facts.addAll(facts(conditional.getCondition(), false, method, depth));
                }
            } else if (parent instanceof BinaryExpr binary && child == binary.getRight()) {
                if (binary.getOperator() == BinaryExpr.Operator.AND) {
                    facts.addAll(facts(binary.getLeft(), true, method, depth));
                } else if (binary.getOperator() == BinaryExpr.Operator.OR) {
                    facts.addAll(facts(binary.getLeft(), false, method, depth));
                }
            } else if (parent instanceof BlockStmt block) {
                for (Statement statement : block.getStatements()) {
                    if (statement == child) {
                        break;
                    }
                    facts.addAll(afterStatement(statement, false, method, depth));
                }
            } else if (parent instanceof MethodCallExpr call && call.getArguments().contains(child)) {
                String name = call.getNameAsString();
                boolean fallback = (name.equals("orElseGet") || name.equals("orElse") || name.equals("or"))
                        || name.equals("ifPresentOrElse") && call.getArguments().size() == 2 && call.getArgument(1) == child;
                if (fallback && call.getScope().isPresent()) {
                    lookup(call.getScope().get(), Use.OPTIONAL, method, depth).ifPresent(c -> facts.add(new Fact(c, true)));
                }
            }
        }
        return facts;
    }

    /** The facts that hold after {@code statement} completed normally. */
    private List<Fact> afterStatement(Statement statement, boolean throwOnly, CallableDeclaration<?> method, int depth) {
        if (statement instanceof IfStmt ifStmt) {
            boolean thenExits = exits(ifStmt.getThenStmt(), throwOnly);
            boolean elseExits = ifStmt.getElseStmt().map(e -> exits(e, throwOnly)).orElse(false);
            if (thenExits && !elseExits) {
                return facts(ifStmt.getCondition(), false, method, depth);
            }
            if (elseExits && !thenExits) {
                return facts(ifStmt.getCondition(), true, method, depth);
            }
            return List.of();
        }
        if (statement instanceof WhileStmt loop) {
            return facts(loop.getCondition(), false, method, depth);
        }
        if (statement instanceof DoStmt loop) {
            return facts(loop.getCondition(), false, method, depth);
        }
        if (statement instanceof ExpressionStmt expression && expression.getExpression() instanceof MethodCallExpr call) {
            return afterCall(call, method, depth);
        }
        if (statement instanceof TryStmt tryStmt && tryStmt.getCatchClauses().stream().allMatch(c -> exits(c.getBody(), throwOnly))) {
            // a try (with resources, as JDBC code nests them) that completed normally ran its block to the end
            List<Fact> facts = new ArrayList<>();
            for (Statement inner : tryStmt.getTryBlock().getStatements()) {
                facts.addAll(afterStatement(inner, throwOnly, method, depth));
            }
            return facts;
        }
        return List.of();
    }

    private List<Fact> afterCall(MethodCallExpr call, CallableDeclaration<?> method, int depth) {
        String name = call.getNameAsString();
        if (name.equals("ifPresent") && call.getArguments().size() == 1 && call.getScope().isPresent()
                && call.getArgument(0) instanceof LambdaExpr lambda && exits(lambda.getBody(), true)) {
            return lookup(call.getScope().get(), Use.OPTIONAL, method, depth).map(c -> List.of(new Fact(c, true))).orElse(List.of());
        }
        if (call.getScope().isPresent() && call.getScope().get() instanceof NameExpr type && ASSERTIONS.contains(type.getNameAsString())
                && !call.getArguments().isEmpty()) {
            return switch (name) {
                case "isTrue", "state", "checkArgument", "checkState", "assertTrue" -> facts(call.getArgument(0), true, method, depth);
                case "isFalse", "assertFalse" -> facts(call.getArgument(0), false, method, depth);
                case "isNull", "assertNull" -> nullness(call.getArgument(0), true, method, depth);
                default -> List.of();
            };
        }
        if (depth < MAX_DEPTH && mayBeHelper(call)) {
            Optional<MethodDeclaration> callee = callGraph.callee(call);
            if (callee.isPresent() && callee.get() != method && callee.get().getBody().isPresent()) {
                return summary(callee.get(), depth + 1).ensures();
            }
        }
        return List.of();
    }

    /** Whether {@code statement} always leaves the enclosing block: by throw, or also by return / continue / break. */
    private static boolean exits(Statement statement, boolean throwOnly) {
        if (statement instanceof ThrowStmt) {
            return true;
        }
        if (statement instanceof ReturnStmt || statement instanceof ContinueStmt || statement instanceof BreakStmt) {
            return !throwOnly;
        }
        if (statement instanceof BlockStmt block) {
            return block.getStatements().stream().anyMatch(s -> exits(s, throwOnly));
        }
        if (statement instanceof IfStmt ifStmt) {
            return ifStmt.getElseStmt().isPresent() && exits(ifStmt.getThenStmt(), throwOnly) && exits(ifStmt.getElseStmt().get(), throwOnly);
        }
        return false;
    }

    /** The facts that hold when {@code condition} evaluated to {@code truth}. */
    private List<Fact> facts(Expression condition, boolean truth, CallableDeclaration<?> method, int depth) {
        Expression e = unwrap(condition);
        if (e instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            return facts(unary.getExpression(), !truth, method, depth);
        }
        if (e instanceof BinaryExpr binary && (binary.getOperator() == BinaryExpr.Operator.AND && truth
                || binary.getOperator() == BinaryExpr.Operator.OR && !truth)) {
            List<Fact> both = new ArrayList<>(facts(binary.getLeft(), truth, method, depth));
            both.addAll(facts(binary.getRight(), truth, method, depth));
            return both;
        }
        if (e instanceof BinaryExpr binary && (binary.getOperator() == BinaryExpr.Operator.AND && !truth
                || binary.getOperator() == BinaryExpr.Operator.OR && truth) && isNullTest(binary.getLeft())) {
            // count != null && count > 0: the null test only protects the comparison that decides
            return facts(binary.getRight(), truth, method, depth);
        }
        return leaf(e, truth, method, depth);
    }

    private static boolean isNullTest(Expression e) {
        return unwrap(e) instanceof BinaryExpr test
                && (test.getOperator() == BinaryExpr.Operator.EQUALS || test.getOperator() == BinaryExpr.Operator.NOT_EQUALS)
                && (test.getRight() instanceof NullLiteralExpr && test.getLeft() instanceof NameExpr
                || test.getLeft() instanceof NullLiteralExpr && test.getRight() instanceof NameExpr);
    }

    private List<Fact> leaf(Expression e, boolean truth, CallableDeclaration<?> method, int depth) {
        if (e instanceof MethodCallExpr call) {
            String name = call.getNameAsString();
            if ((name.equals("isPresent") || name.equals("isEmpty")) && call.getArguments().isEmpty() && call.getScope().isPresent()) {
                boolean present = name.equals("isPresent") == truth;
                Optional<Check> check = lookup(call.getScope().get(), Use.OPTIONAL, method, depth)
                        .or(() -> name.equals("isEmpty") ? lookup(call.getScope().get(), Use.COLLECTION, method, depth) : Optional.empty());
                return check.map(c -> List.of(new Fact(c, !present))).orElse(List.of());
            }
            if ((name.equals("isNull") || name.equals("nonNull")) && call.getArguments().size() == 1 && isScope(call, "Objects")) {
                return nullness(call.getArgument(0), name.equals("isNull") == truth, method, depth);
            }
            if (name.equals("equals") && call.getArguments().size() == 1 && call.getScope().isPresent()
                    && call.getScope().get() instanceof FieldAccessExpr constant && constant.getScope().toString().equals("Boolean")) {
                return leaf(unwrap(call.getArgument(0)), constant.getNameAsString().equals("TRUE") == truth, method, depth);
            }
            if (name.equals("booleanValue") && call.getScope().isPresent()) {
                return leaf(unwrap(call.getScope().get()), truth, method, depth);
            }
            Optional<Check> check = lookup(call, Use.BOOLEAN, method, depth);
            if (check.isPresent()) {
                return List.of(new Fact(check.get(), !truth));
            }
            return helperReturn(call, truth, method, depth);
        }
        if (e instanceof BinaryExpr binary) {
            return comparison(binary, truth, method, depth);
        }
        if (e instanceof NameExpr name) {
            Optional<Expression> emitted = reactiveElement(name); // existsByEmail(e).flatMap(exists -> exists ? .. : ..)
            if (emitted.isPresent()) {
                return lookup(emitted.get(), Use.BOOLEAN, method, depth).map(c -> List.of(new Fact(c, !truth))).orElse(List.of());
            }
            return localValue(name, method).map(v -> facts(v, truth, method, depth)).orElse(List.of());
        }
        return List.of();
    }

    /** {@code if (emailTaken(e))} where {@code emailTaken} returns a check. */
    private List<Fact> helperReturn(MethodCallExpr call, boolean truth, CallableDeclaration<?> method, int depth) {
        if (depth >= MAX_DEPTH || !mayBeHelper(call)) {
            return List.of();
        }
        Optional<MethodDeclaration> callee = callGraph.callee(call);
        if (callee.isEmpty() || callee.get() == method || callee.get().getBody().isEmpty()) {
            return List.of();
        }
        List<Statement> body = callee.get().getBody().get().getStatements();
        if (body.size() == 1 && body.get(0) instanceof ReturnStmt ret && ret.getExpression().isPresent()) {
            return facts(ret.getExpression().get(), truth, callee.get(), depth + 1);
        }
        return List.of();
    }

    private List<Fact> comparison(BinaryExpr binary, boolean truth, CallableDeclaration<?> method, int depth) {
        BinaryExpr.Operator op = binary.getOperator();
        Expression left = unwrap(binary.getLeft());
        Expression right = unwrap(binary.getRight());
        if (op == BinaryExpr.Operator.EQUALS || op == BinaryExpr.Operator.NOT_EQUALS) {
            if (right instanceof BooleanLiteralExpr literal) {
                return facts(left, literal.getValue() == ((op == BinaryExpr.Operator.EQUALS) == truth), method, depth);
            }
            if (left instanceof BooleanLiteralExpr literal) {
                return facts(right, literal.getValue() == ((op == BinaryExpr.Operator.EQUALS) == truth), method, depth);
            }
            boolean isNull = (op == BinaryExpr.Operator.EQUALS) == truth;
            if (right instanceof NullLiteralExpr) {
                return nullness(left, isNull, method, depth);
            }
            if (left instanceof NullLiteralExpr) {
                return nullness(right, isNull, method, depth);
            }
        }
        Integer literal = intValue(right);
        Expression counted = left;
        boolean flipped = false;
        if (literal == null) {
            literal = intValue(left);
            counted = right;
            flipped = true;
        }
        if (literal == null) {
            return List.of();
        }
        Boolean absentWhenTrue = countSemantics(flipped ? flip(op) : op, literal);
        if (absentWhenTrue == null) {
            return List.of();
        }
        boolean absent = absentWhenTrue == truth;
        return lookup(counted, Use.COUNT, method, depth).map(c -> List.of(new Fact(c, absent))).orElse(List.of());
    }

    /** For {@code count OP k}: true when "true" means none exists, false when it means some exist, null when neither. */
    private static Boolean countSemantics(BinaryExpr.Operator op, int k) {
        return switch (op) {
            case EQUALS -> k == 0 ? Boolean.TRUE : null;
            case NOT_EQUALS -> k == 0 ? Boolean.FALSE : null;
            case GREATER -> k == 0 ? Boolean.FALSE : null;
            case GREATER_EQUALS -> k == 1 ? Boolean.FALSE : null;
            case LESS -> k == 1 ? Boolean.TRUE : null;
            case LESS_EQUALS -> k == 0 ? Boolean.TRUE : null;
            default -> null;
        };
    }

    private static BinaryExpr.Operator flip(BinaryExpr.Operator op) {
        return switch (op) {
            case GREATER -> BinaryExpr.Operator.LESS;
            case GREATER_EQUALS -> BinaryExpr.Operator.LESS_EQUALS;
            case LESS -> BinaryExpr.Operator.GREATER;
            case LESS_EQUALS -> BinaryExpr.Operator.GREATER_EQUALS;
            default -> op;
        };
    }

    private static Integer intValue(Expression e) {
        try {
            if (e instanceof IntegerLiteralExpr i) {
                return i.asNumber().intValue();
            }
            if (e instanceof LongLiteralExpr l) {
                return l.asNumber().intValue();
            }
        } catch (NumberFormatException ignored) {
            return null;
        }
        return null;
    }

    private List<Fact> nullness(Expression value, boolean isNull, CallableDeclaration<?> method, int depth) {
        return lookup(value, Use.NULLABLE, method, depth).map(c -> List.of(new Fact(c, isNull))).orElse(List.of());
    }

    // ---- lookups --------------------------------------------------------------------------------

    /** The existence check {@code value} is the answer of, used as {@code use}. */
    private Optional<Check> lookup(Expression value, Use use, CallableDeclaration<?> method, int depth) {
        Expression e = unwrap(value);
        if (e instanceof NameExpr name) {
            // a Mono<Boolean> / Mono<Long> of existsBy.. / countBy..: its element is the answer
            Optional<Expression> emitted = use == Use.BOOLEAN || use == Use.COUNT ? reactiveElement(name) : Optional.empty();
            if (emitted.isPresent()) {
                return lookup(emitted.get(), use, method, depth);
            }
            return localValue(name, method).flatMap(v -> lookup(v, use, method, depth));
        }
        if (!(e instanceof MethodCallExpr call)) {
            return Optional.empty();
        }
        String name = call.getNameAsString();
        if (use == Use.NULLABLE && name.equals("orElse") && call.getArguments().size() == 1
                && call.getArgument(0) instanceof NullLiteralExpr && call.getScope().isPresent()) {
            return lookup(call.getScope().get(), Use.OPTIONAL, method, depth);
        }
        if (use == Use.OPTIONAL && name.equals("ofNullable") && call.getArguments().size() == 1 && isScope(call, "Optional")) {
            return lookup(call.getArgument(0), Use.NULLABLE, method, depth);
        }
        if ((use == Use.OPTIONAL || use == Use.NULLABLE) && name.equals("map") && call.getScope().isPresent()) {
            return lookup(call.getScope().get(), Use.OPTIONAL, method, depth);
        }
        if (use == Use.COUNT && (name.equals("longValue") || name.equals("intValue")) && call.getArguments().isEmpty() && call.getScope().isPresent()) {
            return lookup(call.getScope().get(), Use.COUNT, method, depth);
        }
        if (use == Use.COUNT && JDBC_GETTERS.contains(name) && call.getScope().orElse(null) instanceof NameExpr resultSet) {
            return lookup(resultSet, Use.COUNT, method, depth); // rs.getInt(1) of select count(*): the ResultSet's query
        }
        if (use == Use.COUNT && name.equals("size") && call.getArguments().isEmpty() && call.getScope().isPresent()) {
            return lookup(call.getScope().get(), Use.COLLECTION, method, depth);
        }
        Optional<DataLayer.Access> access = dataLayer.classify(call);
        if (access.isEmpty()) {
            return use == Use.BOOLEAN || use == Use.COUNT ? Optional.empty() : helperLookup(call, use, method, depth);
        }
        DataLayer.Access a = access.get();
        if (a.repository() == null) {
            return a.kind() == DataLayer.Kind.READ && a.statement() != null ? statementCheck(call, a, use) : Optional.empty();
        }
        boolean existence = a.statement() != null && QueryKeys.isExistence(a.statement());
        boolean counting = a.statement() != null && QueryKeys.isCount(a.statement()) && !existence;
        boolean fits = switch (use) {
            case BOOLEAN -> a.kind() == DataLayer.Kind.EXISTS || existence;
            case COUNT -> a.kind() == DataLayer.Kind.COUNT || counting;
            case OPTIONAL, NULLABLE, COLLECTION -> a.kind() == DataLayer.Kind.READ && !counting && !existence;
        };
        return fits ? repositoryCheck(call, a) : Optional.empty();
    }

    /** {@code Optional<User> existing = lookupByEmail(e)} where the helper returns a repository lookup. */
    private Optional<Check> helperLookup(MethodCallExpr call, Use use, CallableDeclaration<?> method, int depth) {
        if (depth >= MAX_DEPTH) {
            return Optional.empty();
        }
        Optional<MethodDeclaration> callee = callGraph.callee(call);
        // an own helper, a finder written in another bean (a PanacheRepository's findByEmail(e) { return find(..).firstResultOptional(); })
        // or a static finder such as Panache's Coupon.findByCode(code) { return find("code", code).firstResult(); }
        if (callee.isEmpty() || !mayBeHelper(call) && !callee.get().isStatic() || callee.get() == method || callee.get().getBody().isEmpty()) {
            return Optional.empty();
        }
        List<Statement> body = callee.get().getBody().get().getStatements();
        if (body.size() == 1 && body.get(0) instanceof ReturnStmt ret && ret.getExpression().isPresent()) {
            return lookup(ret.getExpression().get(), use, callee.get(), depth + 1);
        }
        return Optional.empty();
    }

    /** Lookups by the primary key ({@code existsById}, {@code findById}, MyBatis-Plus {@code selectById} ...), whatever the @Id is called. */
    private static final java.util.regex.Pattern BY_PRIMARY_KEY = java.util.regex.Pattern.compile(
            "(exists|find|get|select|query|read|count|load)(One|ReferenceBy)?(By)?Id(s)?|getReferenceById");

    private Optional<Check> repositoryCheck(MethodCallExpr call, DataLayer.Access access) {
        if (access.entity() == null || access.entity().isVariable()) {
            return Optional.empty();
        }
        if (BY_PRIMARY_KEY.matcher(access.operation()).matches() && call.getArguments().size() == 1
                && (access.method() == null || access.method().query() == null)) {
            return Optional.empty(); // the primary key: the database never holds two rows with one id
        }
        String entity = access.entity().name();
        List<List<UniqueConstraints.Column>> branches = new ArrayList<>();
        RepositoryMethod declared = access.method();
        if (declared != null && declared.query() != null) {
            Optional<QueryKeys.SqlLookup> lookup = QueryKeys.sqlLookup(declared.query());
            if (lookup.isEmpty()) {
                return Optional.empty();
            }
            branches.add(lookup.get().columns().stream().map(c -> unique.column(entity, segment(c))).toList());
        } else {
            Optional<List<List<String>>> derived = QueryKeys.derived(access.operation());
            if (derived.isEmpty()) {
                return Optional.empty();
            }
            for (List<String> branch : derived.get()) {
                branches.add(branch.stream().map(s -> unique.column(entity, s)).toList());
            }
        }
        Target target = entityTarget(entity);
        String operation = Names.simpleName(access.repository().name()) + "." + access.operation();
        return Optional.of(new Check(Locations.of(call, "checks whether a " + target.display() + " exists (" + access.operation() + ")"),
                target, operation, List.copyOf(branches), access.lock()));
    }

    /** A property path of a query ({@code tenant.id}, {@code email_address}) as a derived-query segment. */
    private static String segment(String path) {
        if (path.contains(".")) {
            StringBuilder out = new StringBuilder();
            for (String part : path.split("\\.")) {
                if (!part.isEmpty()) {
                    out.append(out.length() == 0 ? "" : "_").append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
                }
            }
            return out.toString();
        }
        return path.replace("_", "");
    }

    /**
     * A lookup written as SQL or JPQL (JdbcTemplate, JdbcClient, an EntityManager query):
     * {@code select count(*) from users where email = ?} compared with 0,
     * {@code select exists(select 1 from ..)}, {@code queryForList(..).isEmpty()}.
     */
    private Optional<Check> statementCheck(MethodCallExpr call, DataLayer.Access access, Use use) {
        String sql = access.statement();
        Optional<QueryKeys.SqlLookup> lookup = QueryKeys.sqlLookup(sql);
        if (lookup.isEmpty()) {
            return Optional.empty();
        }
        boolean exists = QueryKeys.isExistence(sql);
        boolean fits = switch (use) {
            case COUNT -> QueryKeys.isCount(sql) && !exists;
            case BOOLEAN -> exists;
            case COLLECTION -> access.shape() == DataLayer.ResultShape.MANY;
            case OPTIONAL -> access.shape() == DataLayer.ResultShape.OPTIONAL;
            // queryForObject and getSingleResult throw when nothing is found; jOOQ's fetchOne / fetchAny and
            // Panache's firstResult() return null
            case NULLABLE -> DataLayer.nullWhenAbsent(access) || Panache.returnsNullWhenMissing(access);
        };
        if (!fits) {
            return Optional.empty();
        }
        Target target = tableTarget(lookup.get().table(), call);
        List<UniqueConstraints.Column> columns = lookup.get().columns().stream()
                .map(c -> target.entity() != null ? unique.column(target.entity(), segment(c)) : UniqueConstraints.sqlColumn(c))
                .toList();
        return Optional.of(new Check(Locations.of(call, "checks whether a " + target.display() + " exists (" + access.source() + ")"),
                target, access.source() + "." + access.operation(), List.of(columns), access.lock()));
    }

    /**
     * The value a local variable holds where {@code use} reads it: its initializer, when it is not
     * assigned again before that point (a later reassignment — {@code user = new User(..)} in the
     * branch the check guards — does not change what the check saw).
     */
    private static Optional<Expression> localValue(NameExpr use, CallableDeclaration<?> method) {
        String name = use.getNameAsString();
        int useLine = use.getBegin().map(p -> p.line).orElse(Integer.MAX_VALUE);
        Expression initializer = null;
        for (VariableDeclarator declarator : method.findAll(VariableDeclarator.class)) {
            if (declarator.getNameAsString().equals(name) && declarator.getParentNode().orElse(null) instanceof VariableDeclarationExpr
                    && declarator.getBegin().map(p -> p.line <= useLine).orElse(false)) {
                if (initializer != null) {
                    return Optional.empty(); // two variables of that name: do not guess
                }
                initializer = declarator.getInitializer().orElse(null);
            }
        }
        if (initializer == null) {
            return Optional.empty();
        }
        for (AssignExpr assign : method.findAll(AssignExpr.class)) {
            if (assign.getTarget() instanceof NameExpr target && target.getNameAsString().equals(name)
                    && assign.getBegin().map(p -> p.line < useLine).orElse(true)) {
                return Optional.empty();
            }
        }
        return Optional.of(initializer);
    }

    /**
     * The parameter of a lambda handed to a Reactor operator ({@code existsByEmail(e).flatMap(exists -> ..)}):
     * what the Mono it is called on emits, the lookup itself.
     */
    private static Optional<Expression> reactiveElement(NameExpr name) {
        for (Node n = name.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof LambdaExpr lambda) {
                if (lambda.getParameters().size() == 1 && lambda.getParameter(0).getNameAsString().equals(name.getNameAsString())
                        && lambda.getParentNode().orElse(null) instanceof MethodCallExpr operator
                        && REACTOR_OPERATORS.contains(operator.getNameAsString()) && operator.getScope().isPresent()) {
                    return operator.getScope();
                }
                if (lambda.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(name.getNameAsString()))) {
                    return Optional.empty();
                }
            }
            if (n instanceof CallableDeclaration<?>) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static final Set<String> REACTOR_OPERATORS = Set.of("flatMap", "flatMapMany", "map", "filter", "doOnNext", "handle");

    private static boolean isScope(MethodCallExpr call, String name) {
        return call.getScope().map(s -> s instanceof NameExpr n && n.getNameAsString().equals(name)).orElse(false);
    }

    private static Expression unwrap(Expression e) {
        while (e instanceof EnclosedExpr enclosed) {
            e = enclosed.getInner();
        }
        return e;
    }

    // ---- helper summaries -----------------------------------------------------------------------

    /**
     * What a helper contributes: the inserts it performs that nothing inside it guards (a guarded
     * one is the helper's own flow), and the facts that hold after it returns normally (checks
     * that throw when the row exists).
     */
    private Summary summary(MethodDeclaration helper, int depth) {
        return summaries.summary(helper); // the same at every depth: the engine composes helpers of helpers
    }

    /** A helper's summary, walked as a helper called from the composing method (depth 1). */
    private Summary computeSummary(MethodDeclaration helper) {
        int depth = HELPER_DEPTH;
        List<Site> inserts = new ArrayList<>();
        List<MethodCallExpr> calls = ownCalls(helper);
        List<Site> candidates = new ArrayList<>(directInserts(calls, helper));
        if (depth < MAX_DEPTH) {
            Set<String> inserting = insertingMethodNames();
            for (MethodCallExpr call : calls) {
                if (!INSERT_CALLS.contains(call.getNameAsString()) && inserting.contains(call.getNameAsString()) && mayBeHelper(call)) {
                    helperInserts(call, helper, candidates, depth + 1);
                }
            }
        }
        for (Site site : candidates) {
            List<Fact> facts = new ArrayList<>(guards(site.node(), helper, depth));
            for (Node origin : site.origins()) {
                facts.addAll(guards(origin, helper, depth));
            }
            boolean guarded = facts.stream().anyMatch(f -> f.absent() && sameTarget(f.check().target(), site.target()));
            if (!guarded && duplicateKeyHandled(site.node(), helper).isEmpty()) {
                inserts.add(site);
            }
        }
        List<Fact> ensures = new ArrayList<>();
        for (Statement statement : helper.getBody().orElseThrow().getStatements()) {
            ensures.addAll(afterStatement(statement, true, helper, depth));
        }
        return new Summary(List.copyOf(inserts), List.copyOf(ensures));
    }
}
