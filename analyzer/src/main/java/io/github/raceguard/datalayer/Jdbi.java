package io.github.raceguard.datalayer;


import io.github.raceguard.datalayer.DataLayer.Access;
import io.github.raceguard.datalayer.DataLayer.Kind;
import io.github.raceguard.datalayer.DataLayer.ResultShape;
import io.github.raceguard.types.AnnotationValues;
import io.github.raceguard.types.Frameworks;
import io.github.raceguard.types.Imports;
import io.github.raceguard.types.Names;
import io.github.raceguard.types.TypeRef;
import io.github.raceguard.types.TypeResolver;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;

import java.util.Optional;
import java.util.Set;

/**
 * JDBI (3, and the 2.x SQL objects), for {@link DataLayer}. The SQL text decides, as for
 * JdbcTemplate ({@link SqlUpdates}, {@link QueryKeys}):
 * <ul>
 * <li>the fluent API on a {@code Handle}: {@code createQuery(sql).bind(..).mapTo(..).one() /
 *     findOne() / first() / list()} reads, {@code createUpdate(sql).bind(..).execute()} and
 *     {@code handle.execute(sql, args..)} write (the {@code bind} values are the values written);</li>
 * <li>SQL objects: an interface method annotated {@code @SqlQuery} reads, {@code @SqlUpdate} /
 *     {@code @SqlBatch} writes its arguments, called on a field of the interface's type, on
 *     {@code handle.attach(Dao.class)} / {@code jdbi.onDemand(Dao.class)}, on the parameter of
 *     {@code jdbi.withExtension(Dao.class, dao -> ..)} or unqualified in the interface's default
 *     methods. A statement loaded from elsewhere (StringTemplate groups: no text in the
 *     annotation) is judged by the method's name: {@code update*} / {@code insert*} /
 *     {@code create*} write the object they are given.</li>
 * </ul>
 * Transactions ({@code inTransaction}, {@code @Transaction}) are decided in
 * {@code context/Transactions}.
 */
final class Jdbi {

    static final Set<String> SQL_QUERY = Set.of("org.jdbi.v3.sqlobject.statement.SqlQuery", "org.skife.jdbi.v2.sqlobject.SqlQuery");
    static final Set<String> SQL_UPDATE = Set.of("org.jdbi.v3.sqlobject.statement.SqlUpdate", "org.skife.jdbi.v2.sqlobject.SqlUpdate",
            "org.jdbi.v3.sqlobject.statement.SqlBatch", "org.skife.jdbi.v2.sqlobject.SqlBatch");
    private static final Set<String> HANDLE = Set.of("org.jdbi.v3.core.Handle", "org.skife.jdbi.v2.Handle");
    private static final Set<String> QUERY_TERMINALS = Set.of("one", "findOne", "first", "findFirst", "findOnly", "list", "stream",
            "toList", "collectIntoList", "collectToList", "iterator", "useStream", "withStream");
    private static final Set<String> UPDATE_TERMINALS = Set.of("execute", "executeAndReturnGeneratedKeys", "executeAndGetModCount");
    private static final Set<String> EXTENSION_CALLS = Set.of("withExtension", "useExtension", "inTransaction", "useTransaction",
            "onDemand", "attach");
    private static final Set<String> SCALARS = Set.of("int", "long", "short", "boolean", "double", "Integer", "Long", "Short", "Boolean",
            "Double", "String", "BigDecimal", "BigInteger", "UUID", "Instant", "LocalDate", "LocalDateTime", "OffsetDateTime");

    private final TypeResolver resolver;
    private final SqlConstants sql;
    private final DataLayer layer;

    Jdbi(TypeResolver resolver, SqlConstants sql, DataLayer layer) {
        this.resolver = resolver;
        this.sql = sql;
        this.layer = layer;
    }

    /**
     * A fluent JDBI call ending in {@code call}, or a SQL object method called on an object the
     * JDBI extension methods hand out ({@code attach}, {@code onDemand}, {@code withExtension}).
     */
    Optional<Access> classify(MethodCallExpr call) {
        if (call.getScope().isEmpty()) {
            return Optional.empty();
        }
        Expression scope = call.getScope().get();
        String name = call.getNameAsString();
        if (QUERY_TERMINALS.contains(name) || UPDATE_TERMINALS.contains(name) || name.equals("select")) {
            Optional<Access> fluent = fluent(call, name);
            if (fluent.isPresent()) {
                return fluent;
            }
        }
        if (scope instanceof MethodCallExpr || scope instanceof NameExpr) {
            Optional<TypeDeclaration<?>> extension = extensionType(scope);
            if (extension.isPresent()) {
                return sqlObject(extension.get(), name, call);
            }
        }
        return Optional.empty();
    }

    private Optional<Access> fluent(MethodCallExpr terminal, String name) {
        if (name.equals("execute") || name.equals("select")) {
            // handle.execute("update .. set x = ?", v, id), handle.select("select ..", id).mapTo(..)
            Expression scope = terminal.getScope().get();
            if (isHandle(scope) && !terminal.getArguments().isEmpty()) {
                String text = sql.text(terminal.getArgument(0));
                if (text != null) {
                    return Optional.of(name.equals("execute") ? layer.sqlWrite("execute", "Handle", text)
                            : layer.sqlRead("select", "Handle", text, ResultShape.MANY));
                }
            }
        }
        MethodCallExpr create = null;
        MethodCallExpr mapTo = null;
        for (Expression e = terminal.getScope().orElse(null); e instanceof MethodCallExpr link; e = link.getScope().orElse(null)) {
            String linkName = link.getNameAsString();
            if (linkName.startsWith("mapTo") || linkName.equals("map")) {
                mapTo = link;
            }
            if ((linkName.equals("createQuery") || linkName.equals("createUpdate") || linkName.equals("select"))
                    && !link.getArguments().isEmpty() && link.getScope().filter(this::isHandle).isPresent()) {
                create = link;
                break;
            }
        }
        if (create == null) {
            return Optional.empty();
        }
        String text = sql.text(create.getArgument(0));
        if (text == null) {
            return Optional.empty();
        }
        if (create.getNameAsString().equals("createUpdate")) {
            return UPDATE_TERMINALS.contains(name) ? Optional.of(layer.sqlWrite(name, "Handle", text)) : Optional.empty();
        }
        if (!QUERY_TERMINALS.contains(name)) {
            return Optional.empty();
        }
        boolean scalar = mapTo != null && mapTo.getArguments().size() == 1 && mapTo.getArgument(0) instanceof ClassExpr type
                && SCALARS.contains(Names.simpleName(type.getType().asString()));
        ResultShape shape = switch (name) {
            case "one", "first", "findOnly" -> scalar ? ResultShape.VALUE : ResultShape.SINGLE;
            case "findOne", "findFirst" -> scalar ? ResultShape.VALUE : ResultShape.OPTIONAL;
            default -> scalar ? ResultShape.VALUE : ResultShape.MANY;
        };
        return Optional.of(layer.sqlRead(create.getNameAsString(), "Handle", text, shape));
    }

    /** The scope is a JDBI {@code Handle}: by its declared type, or an untyped lambda parameter in a file that imports JDBI. */
    private boolean isHandle(Expression scope) {
        Optional<TypeRef> type = resolver.declaredTypeOf(scope);
        if (type.isPresent()) {
            return HANDLE.contains(type.get().name()) || !type.get().name().contains(".") && Names.refersTo(type.get().name(), scope, HANDLE);
        }
        return scope instanceof NameExpr && importsJdbi(scope);
    }

    /** {@code handle.attach(Dao.class)}, {@code jdbi.onDemand(Dao.class)}, the {@code dao} of {@code withExtension(Dao.class, dao -> ..)}. */
    private Optional<TypeDeclaration<?>> extensionType(Expression scope) {
        ClassExpr literal = null;
        if (scope instanceof MethodCallExpr handOut && (handOut.getNameAsString().equals("attach") || handOut.getNameAsString().equals("onDemand"))
                && handOut.getArguments().size() == 1 && handOut.getArgument(0) instanceof ClassExpr type) {
            literal = type;
        } else if (scope instanceof NameExpr name) {
            Optional<LambdaExpr> lambda = name.findAncestor(LambdaExpr.class);
            if (lambda.isPresent() && !lambda.get().getParameters().isEmpty()
                    && lambda.get().getParameter(0).getNameAsString().equals(name.getNameAsString())
                    && lambda.get().getParentNode().orElse(null) instanceof MethodCallExpr call && EXTENSION_CALLS.contains(call.getNameAsString())
                    && !call.getArguments().isEmpty() && call.getArgument(0) instanceof ClassExpr type) {
                literal = type;
            }
        }
        if (literal == null || !importsJdbi(scope)) {
            return Optional.empty();
        }
        TypeRef ref = resolver.types().typeRef(literal.getType(), scope);
        return resolver.types().sourceType(ref.name()).filter(Jdbi::isSqlObject);
    }

    /** An interface with {@code @SqlQuery} / {@code @SqlUpdate} methods. */
    static boolean isSqlObject(TypeDeclaration<?> type) {
        return type.getMethods().stream().anyMatch(m -> Names.annotation(m, SQL_QUERY).isPresent() || Names.annotation(m, SQL_UPDATE).isPresent());
    }

    /** A call of {@code name} on the SQL object {@code type}: its annotation and SQL decide. */
    Optional<Access> sqlObject(TypeDeclaration<?> type, String name, MethodCallExpr call) {
        if (!(type instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration iface) || !iface.isInterface()) {
            return Optional.empty();
        }
        MethodDeclaration declared = declared(iface, name, call.getArguments().size(), 0);
        if (declared == null) {
            return Optional.empty();
        }
        String source = type.getNameAsString();
        Optional<AnnotationExpr> query = Names.annotation(declared, SQL_QUERY);
        Optional<AnnotationExpr> update = Names.annotation(declared, SQL_UPDATE);
        if (query.isEmpty() && update.isEmpty()) {
            return Optional.empty();
        }
        String text = query.or(() -> update).flatMap(a -> AnnotationValues.attribute(a, "value")).map(sql::text).orElse(null);
        if (query.isPresent()) {
            ResultShape shape = shape(declared);
            if (text == null) {
                return Optional.of(new Access(Kind.READ, name, source, null, null, null, source + " row", shape, null, null));
            }
            return Optional.of(layer.sqlRead(name, source, text, shape));
        }
        if (update.isEmpty()) {
            return Optional.empty();
        }
        if (text != null) {
            return Optional.of(layer.sqlWrite(name, source, text));
        }
        if (name.startsWith("update") || name.startsWith("insert") || name.startsWith("create") || name.startsWith("save")) {
            return Optional.of(new Access(Kind.SAVE, name, source, null, null, null, source + " row", ResultShape.SINGLE, null, null));
        }
        if (name.startsWith("delete") || name.startsWith("remove")) {
            return Optional.of(new Access(Kind.DELETE, name, source, null, null, null, null, ResultShape.NOT_ENTITY, null, null));
        }
        return Optional.of(new Access(Kind.OTHER, name, source, null, null, null, null, ResultShape.NOT_ENTITY, null, null));
    }

    /** The abstract method {@code name} of the interface or of a source superinterface (killbill's {@code EntitySqlDao.getById}). */
    private MethodDeclaration declared(com.github.javaparser.ast.body.ClassOrInterfaceDeclaration iface, String name, int arity, int depth) {
        for (MethodDeclaration m : iface.getMethodsByName(name)) {
            if (m.getParameters().size() == arity && m.getBody().isEmpty()) {
                return m;
            }
        }
        if (depth > 6) {
            return null;
        }
        for (var extended : iface.getExtendedTypes()) {
            Optional<TypeDeclaration<?>> parent = resolver.types().resolve(extended.getNameWithScope(), iface).flatMap(resolver.types()::sourceType);
            if (parent.isPresent() && parent.get() != iface && parent.get() instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration p) {
                MethodDeclaration found = declared(p, name, arity, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private ResultShape shape(MethodDeclaration method) {
        TypeRef returned = resolver.types().typeRef(method.getType(), method);
        String simple = returned.simpleName();
        if (method.getType().isVoidType()) {
            return ResultShape.NOT_ENTITY;
        }
        if (SCALARS.contains(simple) || method.getType().isPrimitiveType()) {
            return ResultShape.VALUE;
        }
        return switch (simple) {
            case "Optional" -> ResultShape.OPTIONAL;
            case "List", "Set", "Collection", "Iterable", "Iterator", "Stream", "ResultIterable", "ResultIterator" -> ResultShape.MANY;
            default -> ResultShape.SINGLE;
        };
    }

    private final java.util.Map<com.github.javaparser.ast.CompilationUnit, Boolean> jdbiFiles =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /** The file of {@code node} imports JDBI: asked for every qualified call, so answered once per file. */
    boolean inJdbiFile(Node node) {
        return node.findCompilationUnit().map(cu -> jdbiFiles.computeIfAbsent(cu, Jdbi::importsJdbi)).orElse(false);
    }

    static boolean importsJdbi(Node node) {
        return Imports.anyUnder(node, Frameworks.JDBI_PACKAGES);
    }
}
