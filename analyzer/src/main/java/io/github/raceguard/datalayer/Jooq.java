package io.github.raceguard.datalayer;


import io.github.raceguard.datalayer.DataLayer.Access;
import io.github.raceguard.datalayer.DataLayer.Kind;
import io.github.raceguard.datalayer.DataLayer.ResultShape;
import io.github.raceguard.persistence.EntityInfo;
import io.github.raceguard.report.Location;
import io.github.raceguard.types.Frameworks;
import io.github.raceguard.types.Imports;
import io.github.raceguard.types.Locations;
import io.github.raceguard.types.Names;
import io.github.raceguard.types.TypeRef;
import io.github.raceguard.types.TypeResolver;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * jOOQ's DSL, for {@link DataLayer}. A query chain that starts on a {@code DSLContext} (a field or
 * variable of that type, {@code DSL.using(cfg)}, {@code cfg.dsl()}) is read as the SQL it renders,
 * so the SQL rules of the other data layers apply ({@link SqlUpdates}, {@link QueryKeys}):
 * <ul>
 * <li>{@code selectFrom(T).where(..).fetchOne() / fetchSingle() / fetchAny() / fetchOptional() /
 *     fetch() / fetchInto(..)}, {@code dsl.fetchOne(T, cond)} read rows of {@code T} (a record that
 *     is changed and {@code store()}d / {@code update()}d is written back); {@code forUpdate()} /
 *     {@code forNoKeyUpdate()} / {@code forShare()} lock them;</li>
 * <li>{@code fetchExists(..)}, {@code fetchCount(..)} and {@code selectCount().from(T).where(..)
 *     .fetchOne(0, int.class)} are existence checks;</li>
 * <li>{@code update(T).set(F, v).where(..).execute()} writes {@code v}: computed in Java it can
 *     lose a concurrent change, {@code set(F, F.plus(1))} / {@code F.minus(q)} or a guard
 *     {@code where(F.ge(q))} make the database compute or check it (atomic);</li>
 * <li>{@code insertInto(T ..).set / values(..).execute()} inserts; with {@code onConflict..doNothing()
 *     / doUpdate()}, {@code onConflictDoNothing()}, {@code onDuplicateKeyIgnore() / Update()} it is an
 *     upsert.</li>
 * </ul>
 * Tables and fields are named as jooq-codegen names them ({@code PRODUCT.STOCK} is column
 * {@code stock} of table {@code product}) or as plain SQL ({@code DSL.table("product")},
 * {@code DSL.field("stock")}), so nothing here needs the generated classes: from sources alone the
 * DSL method names and the {@code org.jooq} imports decide. A record read by jOOQ is versioned —
 * its {@code store()} a compare-and-set — when the sources switch on
 * {@code Settings.withExecuteWithOptimisticLocking(true)} and the generated table class of its
 * table declares {@code getRecordVersion()} or {@code getRecordTimestamp()} (without a version
 * field jOOQ falls back to comparing all values after a {@code SELECT .. FOR UPDATE}, which only
 * holds inside a transaction: not counted).
 */
public final class Jooq {

    /** The source of every jOOQ access, for messages and to recognize rows read by jOOQ. */
    static final String SOURCE = "DSLContext";

    private static final Set<String> DSL_CONTEXT = Set.of("org.jooq.DSLContext");
    private static final Set<String> READ_TERMINALS = Set.of("fetchOne", "fetchSingle", "fetchAny", "fetchOptional", "fetch",
            "fetchInto", "fetchOneInto", "fetchSingleInto", "fetchAnyInto", "fetchOptionalInto", "fetchValue", "fetchStream",
            "fetchLazy", "stream", "fetchMap", "fetchSet", "fetchArray", "fetchExists", "fetchCount", "collect");
    private static final Set<String> WRITE_TERMINALS = Set.of("execute", "executeAsync", "returning", "returningResult", "fetchOne", "fetch");
    private static final Set<String> VERBS = Set.of("selectFrom", "select", "selectDistinct", "selectCount", "selectOne", "selectZero",
            "update", "insertInto", "deleteFrom", "delete", "mergeInto");
    private static final Set<String> SCALAR_TYPES = Set.of("int", "long", "short", "Integer", "Long", "Short", "String", "BigDecimal",
            "BigInteger", "Boolean", "boolean", "Double", "double", "Float", "float", "LocalDate", "LocalDateTime", "OffsetDateTime",
            "Instant", "UUID");

    private final TypeResolver resolver;
    private final SqlConstants sql;
    private final Map<String, Optional<Location>> versions = new ConcurrentHashMap<>();
    private volatile Boolean optimisticLocking;

    Jooq(TypeResolver resolver, SqlConstants sql) {
        this.resolver = resolver;
        this.sql = sql;
    }

    /** Names of the calls that can end a jOOQ query: only these are looked at. */
    static boolean mayBe(String name) {
        return READ_TERMINALS.contains(name) || WRITE_TERMINALS.contains(name);
    }

    /** The data-layer access a jOOQ query chain ending in {@code call} performs, if it is one. */
    Optional<Access> classify(MethodCallExpr call) {
        if (call.getScope().isEmpty() || !importsJooq(call)) {
            return Optional.empty();
        }
        String name = call.getNameAsString();
        List<MethodCallExpr> links = new ArrayList<>(); // from the terminal down to the verb
        MethodCallExpr verb = null;
        Expression context = null;
        for (Expression e = call; e instanceof MethodCallExpr link; e = link.getScope().orElse(null)) {
            links.add(link);
            Expression scope = link.getScope().orElse(null);
            if (scope != null && isContext(scope)) {
                verb = link;
                context = scope;
                break;
            }
        }
        if (verb == null || context == null) {
            return Optional.empty();
        }
        if (verb == call) {
            return direct(call, name);
        }
        String verbName = verb.getNameAsString();
        if (!VERBS.contains(verbName)) {
            return Optional.empty();
        }
        return switch (verbName) {
            case "update" -> WRITE_TERMINALS.contains(name) ? update(verb, links) : Optional.empty();
            case "insertInto" -> WRITE_TERMINALS.contains(name) ? insert(verb, links) : Optional.empty();
            case "deleteFrom", "delete" -> Optional.of(new Access(Kind.DELETE, "deleteFrom", SOURCE, null, null, null, null,
                    ResultShape.NOT_ENTITY, null, "delete from " + table(verb.getArguments().isEmpty() ? null : verb.getArgument(0))))
                    .filter(a -> name.equals("execute"));
            case "mergeInto" -> Optional.of(new Access(Kind.SAVE, "mergeInto", SOURCE, null, null, null, null, ResultShape.SINGLE, null,
                    "merge into " + table(verb.getArguments().isEmpty() ? null : verb.getArgument(0))));
            default -> READ_TERMINALS.contains(name) ? select(call, verb, links) : Optional.empty();
        };
    }

    /** {@code dsl.fetchOne(T, cond)}, {@code dsl.fetchExists(T, cond)}, {@code dsl.fetchCount(select)}, {@code dsl.executeUpdate(record)}. */
    private Optional<Access> direct(MethodCallExpr call, String name) {
        if (call.getArguments().isEmpty() || !READ_TERMINALS.contains(name)) {
            return Optional.empty();
        }
        Expression first = call.getArgument(0);
        Optional<String> inner = first instanceof MethodCallExpr subquery ? selectText(subquery) : Optional.empty();
        if (inner.isPresent() && (name.equals("fetchExists") || name.equals("fetchCount") || name.equals("fetchValue"))) {
            String text = name.equals("fetchExists") ? "select exists(" + inner.get().replaceFirst("^select \\*", "select 1") + ")"
                    : name.equals("fetchCount") ? inner.get().replaceFirst("^select \\*", "select count(*)") : inner.get();
            return Optional.of(read(name, text, ResultShape.VALUE, null));
        }
        String table = table(first);
        String where = call.getArguments().size() > 1 ? conditions(call.getArguments().subList(1, call.getArguments().size())) : "";
        String from = " from " + table + (where.isEmpty() ? "" : " where " + where);
        return switch (name) {
            case "fetchExists" -> Optional.of(read(name, "select exists(select 1" + from + ")", ResultShape.VALUE, null));
            case "fetchCount" -> Optional.of(read(name, "select count(*)" + from, ResultShape.VALUE, null));
            case "fetchOne", "fetchSingle", "fetchAny" -> Optional.of(read(name, "select *" + from, ResultShape.SINGLE, null));
            case "fetchOptional" -> Optional.of(read(name, "select *" + from, ResultShape.OPTIONAL, null));
            case "fetch", "fetchStream", "fetchLazy" -> Optional.of(read(name, "select *" + from, ResultShape.MANY, null));
            default -> Optional.empty();
        };
    }

    private Optional<Access> select(MethodCallExpr terminal, MethodCallExpr verb, List<MethodCallExpr> links) {
        Optional<String> text = selectText(terminal);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String name = terminal.getNameAsString();
        boolean counting = verb.getNameAsString().equals("selectCount");
        String lock = null;
        for (MethodCallExpr link : links) {
            switch (link.getNameAsString()) {
                case "forUpdate", "forNoKeyUpdate" -> lock = "SELECT ... FOR UPDATE (jOOQ " + link.getNameAsString() + "())";
                case "forShare", "forKeyShare" -> lock = "SELECT ... FOR SHARE (jOOQ " + link.getNameAsString() + "())";
                default -> { }
            }
        }
        if (name.equals("fetchExists") || name.equals("fetchCount")) {
            return Optional.empty(); // select(..).fetchCount() and the like are rare: not read
        }
        ResultShape shape = counting || scalar(terminal) ? ResultShape.VALUE : switch (name) {
            case "fetchOne", "fetchSingle", "fetchAny", "fetchOneInto", "fetchSingleInto", "fetchAnyInto" -> ResultShape.SINGLE;
            case "fetchOptional", "fetchOptionalInto" -> ResultShape.OPTIONAL;
            case "fetchValue" -> ResultShape.VALUE;
            default -> ResultShape.MANY;
        };
        return Optional.of(read(name, text.get(), shape, lock));
    }

    /** {@code fetchOne(PRODUCT.STOCK)}, {@code fetchOne(0, int.class)}, {@code fetchOneInto(Integer.class)}: a value, not a row. */
    private static boolean scalar(MethodCallExpr terminal) {
        for (Expression argument : terminal.getArguments()) {
            if (argument instanceof ClassExpr type && SCALAR_TYPES.contains(Names.simpleName(type.getType().asString()))) {
                return true;
            }
            if (argument instanceof IntegerLiteralExpr || argument instanceof StringLiteralExpr || isField(argument)) {
                return true;
            }
        }
        return false;
    }

    /** The SQL a select chain renders, as far as the rules need it: table, equality conditions, count, lock. */
    private Optional<String> selectText(MethodCallExpr end) {
        MethodCallExpr verb = null;
        List<MethodCallExpr> links = new ArrayList<>();
        for (Expression e = end; e instanceof MethodCallExpr link; e = link.getScope().orElse(null)) {
            links.add(0, link);
            if (VERBS.contains(link.getNameAsString()) && link.getNameAsString().startsWith("select")) {
                verb = link;
                break;
            }
        }
        if (verb == null) {
            return Optional.empty();
        }
        String table = verb.getNameAsString().equals("selectFrom") && !verb.getArguments().isEmpty() ? table(verb.getArgument(0)) : null;
        List<Expression> conditions = new ArrayList<>();
        boolean forUpdate = false;
        for (MethodCallExpr link : links) {
            switch (link.getNameAsString()) {
                case "from" -> {
                    if (link.getArguments().size() != 1) {
                        return Optional.empty(); // a join written as from(a, b)
                    }
                    table = table(link.getArgument(0));
                }
                case "join", "innerJoin", "leftJoin", "leftOuterJoin", "rightJoin", "crossJoin", "naturalJoin" -> {
                    return Optional.empty();
                }
                case "where", "and" -> conditions.addAll(link.getArguments());
                case "forUpdate", "forNoKeyUpdate" -> forUpdate = true;
                default -> { }
            }
        }
        if (table == null) {
            return Optional.empty();
        }
        String what = verb.getNameAsString().equals("selectCount") ? "count(*)" : "*";
        String where = conditions(conditions);
        return Optional.of("select " + what + " from " + table + (where.isEmpty() ? "" : " where " + where) + (forUpdate ? " for update" : ""));
    }

    private Access read(String operation, String text, ResultShape shape, String lock) {
        String table = text.replaceFirst("(?s)^.*?\\bfrom\\s+([\\w.]+).*$", "$1");
        if (lock == null && text.endsWith(" for update")) {
            lock = "SELECT ... FOR UPDATE (jOOQ forUpdate())";
        }
        return new Access(Kind.READ, operation, SOURCE, null, null, null, table + " row", shape, lock, text);
    }

    /** {@code update(T).set(F, v)...where(..).execute()}: atomic when the database computes or checks the value. */
    private Optional<Access> update(MethodCallExpr verb, List<MethodCallExpr> links) {
        if (verb.getArguments().size() != 1) {
            return Optional.empty();
        }
        String table = table(verb.getArgument(0));
        List<String> assignments = new ArrayList<>();
        List<Expression> conditions = new ArrayList<>();
        for (MethodCallExpr link : links) {
            List<Expression> args = link.getArguments();
            switch (link.getNameAsString()) {
                case "set" -> {
                    if (args.size() == 2) {
                        assignments.add(column(args.get(0)) + " = " + value(args.get(1)));
                    } else if (args.size() == 1) {
                        assignments.add("unknown = ?"); // set(record) / set(map): values computed in Java
                    }
                }
                case "where", "and" -> conditions.addAll(args);
                default -> { }
            }
        }
        if (assignments.isEmpty()) {
            return Optional.empty();
        }
        java.util.Collections.reverse(assignments);
        String where = conditions(conditions);
        String statement = "update " + table + " set " + String.join(", ", assignments) + (where.isEmpty() ? "" : " where " + where);
        Kind kind = SqlUpdates.isAtomic(statement) ? Kind.ATOMIC_UPDATE : Kind.BULK_UPDATE;
        return Optional.of(new Access(kind, "update", SOURCE, null, null, null, table + " row", ResultShape.NOT_ENTITY, null, statement));
    }

    /** {@code insertInto(T, F..).values(..)} / {@code insertInto(T).set(..)}, an upsert with onConflict / onDuplicateKey. */
    private Optional<Access> insert(MethodCallExpr verb, List<MethodCallExpr> links) {
        if (verb.getArguments().isEmpty()) {
            return Optional.empty();
        }
        String table = table(verb.getArgument(0));
        List<String> columns = new ArrayList<>();
        for (int i = 1; i < verb.getArguments().size(); i++) {
            columns.add(column(verb.getArgument(i)));
        }
        String upsert = "";
        for (MethodCallExpr link : links) {
            String name = link.getNameAsString();
            if (name.equals("set") && link.getArguments().size() == 2 && upsert.isEmpty()) {
                columns.add(0, column(link.getArgument(0)));
            }
            if (name.startsWith("onConflict") || name.equals("onConflictOnConstraint")) {
                upsert = " on conflict do " + (name.equals("onConflictDoNothing") ? "nothing" : "update");
            } else if (name.startsWith("onDuplicateKey")) {
                upsert = " on duplicate key " + (name.equals("onDuplicateKeyIgnore") ? "ignore" : "update");
            } else if (name.equals("doNothing") && !upsert.isEmpty()) {
                upsert = " on conflict do nothing";
            }
        }
        String statement = "insert into " + table + " (" + String.join(", ", columns) + ") values (?)" + upsert;
        return Optional.of(new Access(Kind.SAVE, "insertInto", SOURCE, null, null, null, table + " row", ResultShape.NOT_ENTITY, null, statement));
    }

    // ---- records

    /** The operations of a record read by jOOQ: {@code store()} / {@code update()} write its changed fields back. */
    public static boolean writesRecord(String name, int arity) {
        return arity == 0 && (name.equals("store") || name.equals("update"));
    }

    /** {@code record.set(F, v)}, {@code setValue(F, v)}, {@code from(pojo)}: a change of the record read. */
    public static boolean changesRecord(String name, int arity) {
        return (name.equals("set") || name.equals("setValue")) && arity == 2 || name.equals("from") && arity == 1;
    }

    /** True for a row read through jOOQ (see {@link DataLayer.Access#source()}). */
    public static boolean readByJooq(String source) {
        return SOURCE.equals(source);
    }

    /**
     * What a jOOQ read returns: a row of its table, versioned when optimistic locking is switched
     * on and the table's generated class declares a record version or timestamp.
     */
    EntityInfo row(Access access) {
        Optional<Location> version = Optional.empty();
        if (access.statement() != null && access.subject() != null && optimisticLocking()) {
            String table = access.subject().replaceFirst(" row$", "");
            version = versions.computeIfAbsent(table, this::versionOf);
        }
        return new EntityInfo(access.what(), false, version.orElse(null), false);
    }

    private boolean optimisticLocking() {
        Boolean known = optimisticLocking;
        if (known == null) {
            known = false;
            for (TypeDeclaration<?> type : resolver.types().sourceTypes()) {
                for (MethodCallExpr call : type.findAll(MethodCallExpr.class)) {
                    String name = call.getNameAsString();
                    if ((name.equals("withExecuteWithOptimisticLocking") || name.equals("setExecuteWithOptimisticLocking"))
                            && call.getArguments().size() == 1 && call.getArgument(0).toString().equals("true")) {
                        known = true;
                    }
                }
            }
            optimisticLocking = known;
        }
        return known;
    }

    /** The {@code getRecordVersion()} / {@code getRecordTimestamp()} of the generated table class of {@code table}. */
    private Optional<Location> versionOf(String table) {
        for (TypeDeclaration<?> type : resolver.types().sourceTypes()) {
            List<MethodDeclaration> version = new ArrayList<>(type.getMethodsByName("getRecordVersion"));
            version.addAll(type.getMethodsByName("getRecordTimestamp"));
            if (version.isEmpty()) {
                continue;
            }
            boolean named = type.getNameAsString().equalsIgnoreCase(table.replace("_", ""));
            for (FieldDeclaration field : type.getFields()) {
                for (VariableDeclarator v : field.getVariables()) {
                    named |= field.isStatic() && v.getNameAsString().equalsIgnoreCase(table);
                }
            }
            if (named) {
                return Optional.of(Locations.of(version.get(0), "declares the record version jOOQ's optimistic locking checks"));
            }
        }
        return Optional.empty();
    }

    // ---- rendering

    private boolean isContext(Expression scope) {
        if (scope instanceof MethodCallExpr call) {
            String name = call.getNameAsString();
            return name.equals("using") && call.getScope().filter(s -> s.toString().equals("DSL")).isPresent()
                    || name.equals("dsl") && call.getArguments().isEmpty();
        }
        if (!(scope instanceof NameExpr || scope instanceof FieldAccessExpr)) {
            return false;
        }
        Optional<TypeRef> type = resolver.declaredTypeOf(scope);
        return type.map(t -> DSL_CONTEXT.contains(t.name()) || !t.name().contains(".") && Names.refersTo(t.name(), scope, DSL_CONTEXT))
                .orElse(false);
    }

    private static boolean importsJooq(Node node) {
        return Imports.anyUnder(node, Frameworks.JOOQ_PACKAGES);
    }

    /** {@code PRODUCT} / {@code Tables.PRODUCT} → product; {@code DSL.table("product")}; {@code PRODUCT.as("p")}. */
    private String table(Expression e) {
        if (e == null) {
            return "table";
        }
        if (e instanceof NameExpr name) {
            Expression init = constant(name); // static final Table<Record> PAGE = table("page_view")
            return init instanceof MethodCallExpr ? table(init) : name.getNameAsString().toLowerCase(Locale.ROOT);
        }
        if (e instanceof FieldAccessExpr field) {
            return field.getNameAsString().toLowerCase(Locale.ROOT);
        }
        if (e instanceof MethodCallExpr call) {
            if ((call.getNameAsString().equals("table") || call.getNameAsString().equals("name")) && !call.getArguments().isEmpty()) {
                return named(call.getArgument(call.getArguments().size() - 1));
            }
            if (call.getNameAsString().equals("as") && call.getScope().isPresent()) {
                return table(call.getScope().get());
            }
        }
        return "table";
    }

    /** {@code PRODUCT.STOCK} → stock; {@code DSL.field("stock", Integer.class)}; {@code field(name("p", "stock"))}. */
    private String column(Expression e) {
        if (e instanceof FieldAccessExpr field) {
            return field.getNameAsString().toLowerCase(Locale.ROOT);
        }
        if (e instanceof NameExpr name) {
            Expression init = constant(name);
            return init != null && init != e ? column(init) : name.getNameAsString().toLowerCase(Locale.ROOT);
        }
        if (e instanceof MethodCallExpr call && (call.getNameAsString().equals("field") || call.getNameAsString().equals("name"))
                && !call.getArguments().isEmpty()) {
            Expression first = call.getArgument(0);
            return first instanceof MethodCallExpr ? column(first) : named(call.getArgument(call.getNameAsString().equals("name")
                    ? call.getArguments().size() - 1 : 0));
        }
        return "unknown";
    }

    private String named(Expression e) {
        String text = sql.text(e);
        if (text == null) {
            return "unknown";
        }
        String last = text.substring(text.lastIndexOf('.') + 1);
        return last.replaceAll("[\"`]", "").toLowerCase(Locale.ROOT);
    }

    /** A static field's initializer in the enclosing class: {@code static final Field<Integer> STOCK = field("stock")}. */
    private static Expression constant(NameExpr name) {
        Optional<TypeDeclaration> owner = name.findAncestor(TypeDeclaration.class);
        if (owner.isEmpty()) {
            return null;
        }
        for (Object f : owner.get().getFields()) {
            for (VariableDeclarator v : ((FieldDeclaration) f).getVariables()) {
                if (v.getNameAsString().equals(name.getNameAsString())) {
                    return v.getInitializer().orElse(null);
                }
            }
        }
        return null;
    }

    /** A field of a table ({@code PRODUCT.STOCK}, {@code DSL.field(..)}) rather than a Java value. */
    private static boolean isField(Expression e) {
        if (e instanceof FieldAccessExpr field) {
            String n = field.getNameAsString();
            return n.equals(n.toUpperCase(Locale.ROOT)) && (field.getScope() instanceof NameExpr || field.getScope() instanceof FieldAccessExpr)
                    && Character.isUpperCase(field.getScope().toString().charAt(field.getScope().toString().lastIndexOf('.') + 1));
        }
        if (e instanceof NameExpr name && name.getNameAsString().equals(name.getNameAsString().toUpperCase(Locale.ROOT))) {
            Expression init = constant(name);
            return init instanceof MethodCallExpr call && call.getNameAsString().equals("field");
        }
        return e instanceof MethodCallExpr call && call.getNameAsString().equals("field")
                && call.getScope().map(s -> s.toString().equals("DSL")).orElse(true);
    }

    private static final Map<String, String> ARITHMETIC = Map.ofEntries(Map.entry("plus", "+"), Map.entry("add", "+"),
            Map.entry("minus", "-"), Map.entry("sub", "-"), Map.entry("subtract", "-"), Map.entry("times", "*"),
            Map.entry("mul", "*"), Map.entry("multiply", "*"), Map.entry("div", "/"), Map.entry("divide", "/"));

    /** The SQL of a value: a field, arithmetic on one, plain SQL, the clock, or a bind value ({@code ?}). */
    private String value(Expression e) {
        if (isField(e)) {
            if (e instanceof MethodCallExpr call && !call.getArguments().isEmpty()) {
                String text = sql.text(call.getArgument(0));
                if (text != null && text.matches("(?s).*[\\s+\\-*/].*")) {
                    return text.replaceAll("\\{\\d+}", "?"); // plain SQL: field("stock - {0}", ..)
                }
            }
            return column(e);
        }
        if (e instanceof MethodCallExpr call && call.getScope().isPresent()) {
            String op = ARITHMETIC.get(call.getNameAsString());
            if (op != null && call.getArguments().size() == 1) {
                return value(call.getScope().get()) + " " + op + " " + value(call.getArgument(0));
            }
            if (Set.of("currentTimestamp", "now", "currentLocalDateTime", "currentOffsetDateTime", "currentDate").contains(call.getNameAsString())) {
                return "now()";
            }
            if (call.getNameAsString().equals("coalesce") || call.getNameAsString().equals("greatest") || call.getNameAsString().equals("least")) {
                return call.getNameAsString() + "(" + call.getArguments().stream().map(this::value).reduce((a, b) -> a + ", " + b).orElse("") + ")";
            }
        }
        return "?";
    }

    private static final Map<String, String> COMPARISONS = Map.ofEntries(Map.entry("eq", "="), Map.entry("equal", "="),
            Map.entry("ne", "<>"), Map.entry("notEqual", "<>"), Map.entry("ge", ">="), Map.entry("greaterOrEqual", ">="),
            Map.entry("gt", ">"), Map.entry("greaterThan", ">"), Map.entry("le", "<="), Map.entry("lessOrEqual", "<="),
            Map.entry("lt", "<"), Map.entry("lessThan", "<"));

    private String conditions(List<Expression> conditions) {
        List<String> parts = new ArrayList<>();
        for (Expression c : conditions) {
            parts.add(condition(c));
        }
        return String.join(" and ", parts);
    }

    /** {@code PRODUCT.ID.eq(id)} → {@code id = ?}; {@code a.and(b)}; {@code F.isNull()}; anything else → {@code unknown(?)}. */
    private String condition(Expression e) {
        if (!(e instanceof MethodCallExpr call)) {
            return "unknown in (?)";
        }
        String name = call.getNameAsString();
        Optional<Expression> scope = call.getScope();
        if ((name.equals("and") || name.equals("or")) && scope.isPresent() && !scope.get().toString().equals("DSL")) {
            List<String> parts = new ArrayList<>(List.of(condition(scope.get())));
            call.getArguments().forEach(a -> parts.add(condition(a)));
            return String.join(" " + name + " ", parts);
        }
        if ((name.equals("and") || name.equals("or")) && call.getArguments().size() >= 1) {
            return String.join(" " + name + " ", call.getArguments().stream().map(this::condition).toList());
        }
        if (scope.isPresent() && COMPARISONS.containsKey(name) && call.getArguments().size() == 1) {
            return value(scope.get()) + " " + COMPARISONS.get(name) + " " + value(call.getArgument(0));
        }
        if (scope.isPresent() && (name.equals("isNull") || name.equals("isNotNull")) && call.getArguments().isEmpty()) {
            return value(scope.get()) + (name.equals("isNull") ? " is null" : " is not null");
        }
        if (scope.isPresent() && (name.equals("isTrue") || name.equals("isFalse"))) {
            return value(scope.get()) + " = " + name.substring(2).toLowerCase(Locale.ROOT);
        }
        if (scope.isPresent() && name.equals("between")) {
            return value(scope.get()) + " between ? and ?";
        }
        if (scope.isPresent() && (name.equals("in") || name.equals("notIn"))) {
            return value(scope.get()) + (name.equals("in") ? " in (?)" : " not in (?)");
        }
        if (name.equals("condition") && !call.getArguments().isEmpty()) {
            String text = sql.text(call.getArgument(0));
            return text == null ? "unknown in (?)" : text;
        }
        return "unknown in (?)";
    }
}
