package io.github.raceguard.datalayer;

import io.github.raceguard.datalayer.DataLayer.Access;
import io.github.raceguard.datalayer.DataLayer.Kind;
import io.github.raceguard.datalayer.DataLayer.ResultShape;
import io.github.raceguard.types.ClasspathIndex;
import io.github.raceguard.types.Names;
import io.github.raceguard.types.TypeIndex;
import io.github.raceguard.types.TypeRef;
import io.github.raceguard.types.TypeResolver;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quarkus Panache (Hibernate ORM and Hibernate Reactive): the active-record entities extending
 * {@code PanacheEntity} / {@code PanacheEntityBase}, whose static methods ({@code Product.findById(id)},
 * {@code find("sku", s).firstResult()}, {@code count("email", e)}, {@code update("stock = stock - ?1 where ..")})
 * and instance methods ({@code p.persist()}, {@code p.delete()}) reach the database with no bean
 * in between, and the {@code PanacheRepository<E>} / {@code PanacheRepositoryBase<E, ID>} beans
 * with the same operations. Called by {@link DataLayer#classify}; the entity may be in the sources
 * or on the classpath. Panache's query shorthand is expanded to the HQL Panache runs
 * ({@code find("email", e)} is {@code from User where email = ?1}, {@code update("stock = ?1 where id = ?2")}
 * is {@code update Product set stock = ?1 where id = ?2}), so the SQL readers judge keys and atomicity.
 * Hibernate Reactive Panache returns {@code Uni}s: a single result reads as an optional value
 * ({@code onItem().ifNotNull().invoke(p -> ..)} hands the entity to the callback).
 */
public final class Panache {

    static final Set<String> ENTITY_BASES = io.github.raceguard.types.Frameworks.PANACHE_ENTITY_BASES;
    static final Set<String> REPOSITORY_BASES = Set.of(
            "io.quarkus.hibernate.orm.panache.PanacheRepository", "io.quarkus.hibernate.orm.panache.PanacheRepositoryBase",
            "io.quarkus.hibernate.reactive.panache.PanacheRepository", "io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase");
    private static final String REACTIVE = "io.quarkus.hibernate.reactive.";

    /** The names of Panache operations: only these calls pay for a look at the receiver. */
    private static final Set<String> OPERATIONS = Set.of("findById", "findByIdOptional", "list", "listAll", "stream", "streamAll",
            "count", "persist", "persistAndFlush", "delete", "deleteById", "deleteAll", "update",
            "firstResult", "firstResultOptional", "singleResult", "singleResultOptional");
    /** Instance methods of an entity that write it: {@code p.persist()}, {@code p.delete()}. */
    private static final Set<String> INSTANCE_WRITES = Set.of("persist", "persistAndFlush", "delete");
    /** Links of a {@code PanacheQuery} chain between {@code find(..)} and its terminal operation. */
    private static final Set<String> QUERY_LINKS = Set.of("page", "range", "withLock", "withHint", "filter", "nextPage", "previousPage",
            "firstPage", "lastPage", "withReadOnly", "ignoreNullParameters");

    private static final Pattern PROPERTY_ONLY = Pattern.compile("^\\s*[\\w.]+\\s*$");

    /** Who an operation is called on. */
    private record Owner(TypeRef entity, String source, boolean reactive, boolean instance) {
    }

    private final TypeResolver resolver;
    private final SqlConstants sql;
    private final Map<String, Optional<String>> entityBase = new ConcurrentHashMap<>();
    private final Map<String, Optional<TypeRef>> repositoryEntity = new ConcurrentHashMap<>();

    Panache(TypeResolver resolver, SqlConstants sql) {
        this.resolver = resolver;
        this.sql = sql;
    }

    /** True when {@code name} could be a Panache operation (a cheap pre-check). */
    static boolean mayBeOperation(String name) {
        return OPERATIONS.contains(name);
    }

    /** True for {@code persist()} / {@code delete()} called on an entity instance: a write whose receiver is the entity. */
    public static boolean isInstanceWrite(MethodCallExpr call) {
        return call.getArguments().isEmpty() && call.getScope().isPresent() && INSTANCE_WRITES.contains(call.getNameAsString());
    }

    /**
     * The expression a save writes: its first argument, or the entity itself for Panache's
     * {@code p.persist()}.
     */
    public static Optional<Expression> savedExpression(MethodCallExpr call) {
        if (!call.getArguments().isEmpty()) {
            return Optional.of(call.getArgument(0));
        }
        return isInstanceWrite(call) ? call.getScope() : Optional.empty();
    }

    /** {@code Panache.getEntityManager()}, {@code Product.getEntityManager()}, {@code getEntityManager()} in an entity or repository. */
    static boolean isEntityManagerCall(Expression scope) {
        return scope instanceof MethodCallExpr call && call.getNameAsString().equals("getEntityManager") && call.getArguments().size() <= 1
                && call.getScope().map(s -> s instanceof NameExpr n && Character.isUpperCase(n.getNameAsString().charAt(0))).orElse(true);
    }

    /**
     * The Panache operation {@code call} performs, if any. {@code definesWithBody} tells a method
     * the sources write themselves (a helper to follow, whatever its name).
     */
    Optional<Access> classify(MethodCallExpr call, DefinesWithBody definesWithBody) {
        String name = call.getNameAsString();
        if (!OPERATIONS.contains(name)) {
            return Optional.empty();
        }
        Optional<Access> terminal = queryTerminal(call, name);
        if (terminal.isPresent()) {
            return terminal;
        }
        Optional<Owner> owner = owner(call.getScope().orElse(null), call);
        if (owner.isEmpty() || definesWithBody.test(ownerType(call), name, call.getArguments().size())) {
            return Optional.empty();
        }
        return operation(call, name, owner.get());
    }

    /** Whether a source type (or a source supertype) declares the method with a body. */
    @FunctionalInterface
    interface DefinesWithBody {
        boolean test(String fqn, String name, int arity);
    }

    private String ownerType(MethodCallExpr call) {
        Optional<Expression> scope = call.getScope();
        if (scope.isEmpty() || scope.get() instanceof ThisExpr) {
            return call.findAncestor(TypeDeclaration.class).flatMap(t -> ((TypeDeclaration<?>) t).getFullyQualifiedName()).orElse("");
        }
        return resolver.declaredTypeOf(scope.get()).map(TypeRef::name)
                .or(() -> typeName(scope.get()).flatMap(n -> resolver.types().resolve(n, call))).orElse("");
    }

    private Optional<Access> operation(MethodCallExpr call, String name, Owner owner) {
        TypeRef entity = owner.entity();
        String source = owner.source();
        List<Expression> args = call.getArguments();
        if (owner.instance()) {
            return switch (name) {
                case "persist", "persistAndFlush" -> args.isEmpty()
                        ? Optional.of(new Access(Kind.SAVE, name, source, null, null, entity, null, ResultShape.SINGLE, null, null))
                        : Optional.empty();
                case "delete" -> args.isEmpty()
                        ? Optional.of(new Access(Kind.DELETE, name, source, null, null, entity, null, ResultShape.NOT_ENTITY, null, null))
                        : Optional.empty();
                default -> Optional.empty();
            };
        }
        switch (name) {
            case "findById", "findByIdOptional" -> {
                if (args.isEmpty()) {
                    return Optional.empty();
                }
                String lock = args.size() >= 2 ? pessimistic(args.get(1)) : null;
                ResultShape shape = name.equals("findByIdOptional") || owner.reactive() ? ResultShape.OPTIONAL : ResultShape.SINGLE;
                return Optional.of(new Access(Kind.READ, name, source, null, null, entity, null, shape, lock, null));
            }
            case "listAll", "streamAll" -> {
                return Optional.of(new Access(Kind.READ, name, source, null, null, entity, null, ResultShape.MANY, null, "select * from " + entity.simpleName()));
            }
            case "list", "stream" -> {
                String query = args.isEmpty() ? null : query(entity, args.get(0));
                return Optional.of(new Access(Kind.READ, name, source, null, null, entity, null, ResultShape.MANY, null, query));
            }
            case "count" -> {
                String where = args.isEmpty() ? "select * from " + entity.simpleName() : query(entity, args.get(0));
                return Optional.of(count(name, source, entity, where));
            }
            case "persist", "persistAndFlush" -> {
                if (args.isEmpty()) {
                    return Optional.empty();
                }
                boolean many = args.size() > 1 || resolver.declaredTypeOf(args.get(0))
                        .map(t -> Set.of("List", "Iterable", "Collection", "Set", "Stream").contains(t.simpleName())).orElse(false);
                return Optional.of(new Access(Kind.SAVE, name, source, null, null, entity, null,
                        many ? ResultShape.MANY : ResultShape.SINGLE, null, null));
            }
            case "update" -> {
                if (args.isEmpty()) {
                    return Optional.empty();
                }
                String text = sql.text(args.get(0));
                if (text == null) {
                    return Optional.of(new Access(Kind.BULK_UPDATE, name, source, null, null, entity, null, ResultShape.NOT_ENTITY, null, null));
                }
                String statement = updateStatement(entity, text);
                Kind kind = SqlUpdates.isAtomic(statement) ? Kind.ATOMIC_UPDATE : Kind.BULK_UPDATE;
                return Optional.of(new Access(kind, name, source, null, null, entity, null, ResultShape.NOT_ENTITY, null, statement));
            }
            case "delete", "deleteById", "deleteAll" -> {
                // delete("expiresAt < ?1", now): a predicate delete, written as the HQL it runs
                String where = name.equals("delete") && !args.isEmpty() ? query(entity, args.get(0)) : null;
                String statement = where == null || !where.startsWith("select * from ") ? null : where.replaceFirst("^select \\* ", "delete ");
                return Optional.of(new Access(Kind.DELETE, name, source, null, null, entity, null, ResultShape.NOT_ENTITY, null, statement));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** A count: a value read, written as the JPQL it runs so check-then-insert can read its keys. */
    private static Access count(String name, String source, TypeRef entity, String query) {
        String statement = query == null ? null : query.replaceFirst("^select \\* ", "select count(*) ");
        return new Access(Kind.READ, name, source, null, null, null, entity.simpleName() + " count", ResultShape.VALUE, null, statement);
    }

    /**
     * The terminal operation of a {@code PanacheQuery}: {@code find(q, args)[.withLock(..)|.page(..)..]}
     * then {@code firstResult()}, {@code firstResultOptional()}, {@code singleResult*()},
     * {@code list()}, {@code stream()} or {@code count()}.
     */
    private Optional<Access> queryTerminal(MethodCallExpr call, String name) {
        if (!call.getArguments().isEmpty() || !(call.getScope().orElse(null) instanceof MethodCallExpr)) {
            return Optional.empty();
        }
        String lock = null;
        boolean projected = false;
        MethodCallExpr find = null;
        for (Expression e = call.getScope().get(); e instanceof MethodCallExpr link; e = link.getScope().orElse(null)) {
            String linkName = link.getNameAsString();
            if (linkName.equals("find") || linkName.equals("findAll")) {
                find = link;
                break;
            }
            if (linkName.equals("project")) {
                projected = true;
            } else if (linkName.equals("withLock") && link.getArguments().size() == 1) {
                lock = pessimistic(link.getArgument(0));
            } else if (!QUERY_LINKS.contains(linkName)) {
                return Optional.empty();
            }
        }
        if (find == null) {
            return Optional.empty();
        }
        Optional<Owner> owner = owner(find.getScope().orElse(null), find);
        if (owner.isEmpty() || owner.get().instance()) {
            return Optional.empty();
        }
        TypeRef entity = owner.get().entity();
        String query = find.getNameAsString().equals("findAll") ? "select * from " + entity.simpleName()
                : find.getArguments().isEmpty() ? null : query(entity, find.getArgument(0));
        String source = owner.get().source();
        String operation = find.getNameAsString() + "(..)." + name;
        if (name.equals("count")) {
            return Optional.of(count(operation, source, entity, query));
        }
        ResultShape shape = switch (name) {
            case "firstResult", "singleResult" -> owner.get().reactive() ? ResultShape.OPTIONAL : ResultShape.SINGLE;
            case "firstResultOptional", "singleResultOptional" -> ResultShape.OPTIONAL;
            case "list", "stream" -> ResultShape.MANY;
            default -> null;
        };
        if (shape == null) {
            return Optional.empty();
        }
        return Optional.of(new Access(Kind.READ, operation, source, null, null, entity, null,
                projected ? ResultShape.NOT_ENTITY : shape, lock, query));
    }

    /**
     * True when a Panache read returns null when nothing is found: {@code findById(id)} and
     * {@code find(..).firstResult()} ({@code singleResult()} throws instead).
     */
    public static boolean returnsNullWhenMissing(Access access) {
        return access.shape() == ResultShape.SINGLE && access.repository() == null
                && (access.operation().equals("findById") || access.operation().endsWith(".firstResult"));
    }

    // ---- receivers

    /**
     * The Panache owner of a call with receiver {@code scope}: an entity class named statically
     * ({@code Product.findById}), an entity instance ({@code p.persist()}), a repository bean, or
     * — unqualified — the entity or repository class the call is written in.
     */
    private Optional<Owner> owner(Expression scope, MethodCallExpr call) {
        if (scope == null || scope instanceof ThisExpr) {
            Optional<TypeDeclaration<?>> enclosing = call.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
            Optional<String> fqn = enclosing.flatMap(TypeDeclaration::getFullyQualifiedName);
            if (fqn.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> base = entityBase(fqn.get());
            if (base.isPresent()) {
                boolean inInstanceMethod = call.findAncestor(com.github.javaparser.ast.body.MethodDeclaration.class)
                        .map(m -> !m.isStatic()).orElse(false);
                boolean instance = inInstanceMethod && INSTANCE_WRITES.contains(call.getNameAsString()) && call.getArguments().isEmpty();
                return Optional.of(new Owner(new TypeRef(fqn.get(), List.of()), enclosing.get().getNameAsString(),
                        base.get().startsWith(REACTIVE), instance));
            }
            return repository(fqn.get()).map(e -> new Owner(e.entity(), enclosing.get().getNameAsString(), e.reactive(), false));
        }
        Optional<TypeRef> declared = resolver.declaredTypeOf(scope);
        if (declared.isPresent()) {
            String fqn = declared.get().name();
            Optional<String> base = entityBase(fqn);
            if (base.isPresent()) {
                return Optional.of(new Owner(new TypeRef(fqn, List.of()), declared.get().simpleName(), base.get().startsWith(REACTIVE), true));
            }
            return repository(fqn).map(e -> new Owner(e.entity(), declared.get().simpleName(), e.reactive(), false));
        }
        // Product.findById(id): a class name, no variable of that name in scope
        Optional<String> written = typeName(scope);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> fqn = resolver.types().resolve(written.get(), call);
        Optional<String> base = fqn.flatMap(this::entityBase);
        return base.map(b -> new Owner(new TypeRef(fqn.get(), List.of()), Names.simpleName(written.get()), b.startsWith(REACTIVE), false));
    }

    /** {@code Product} or {@code shop.Product} written as a receiver. */
    private static Optional<String> typeName(Expression scope) {
        if (scope instanceof NameExpr n && Character.isUpperCase(n.getNameAsString().charAt(0))) {
            return Optional.of(n.getNameAsString());
        }
        if (scope instanceof FieldAccessExpr f && Character.isUpperCase(f.getNameAsString().charAt(0))) {
            return Optional.of(f.toString());
        }
        return Optional.empty();
    }

    private record RepositoryEntity(TypeRef entity, boolean reactive) {
    }

    /** The entity a Panache repository class manages: {@code E} of {@code PanacheRepository<E>} on it or a source superclass. */
    private Optional<RepositoryEntity> repository(String fqn) {
        Optional<TypeDeclaration<?>> type = resolver.types().sourceType(fqn);
        if (type.isEmpty() || !(type.get() instanceof ClassOrInterfaceDeclaration cls)) {
            return Optional.empty();
        }
        Optional<TypeRef> found = repositoryEntity.computeIfAbsent(fqn, k -> Optional.ofNullable(repositoryBase(cls)));
        return found.map(t -> new RepositoryEntity(t.args().isEmpty() ? t : t.args().get(0), t.name().startsWith(REACTIVE)));
    }

    /** The Panache repository supertype (qualified, with its entity argument bound) of {@code cls}, or null. */
    private TypeRef repositoryBase(ClassOrInterfaceDeclaration cls) {
        TypeIndex types = resolver.types();
        List<TypeIndex.Supertype> chain = new java.util.ArrayList<>();
        chain.add(new TypeIndex.Supertype(cls, Map.of()));
        chain.addAll(types.superclasses(cls));
        for (TypeIndex.Supertype level : chain) {
            if (!(level.declaration() instanceof ClassOrInterfaceDeclaration c)) {
                continue;
            }
            List<com.github.javaparser.ast.type.ClassOrInterfaceType> supers = new java.util.ArrayList<>(c.getImplementedTypes());
            if (c.isInterface()) {
                supers.addAll(c.getExtendedTypes());
            }
            for (var written : supers) {
                Optional<String> base = Names.qualify(written.getNameWithScope(), c, REPOSITORY_BASES)
                        .filter(b -> types.resolve(written.getNameWithScope(), c).map(b::equals).orElse(true));
                if (base.isPresent()) {
                    TypeRef ref = types.typeRef(written, c).substitute(level.bindings());
                    return new TypeRef(base.get(), ref.args());
                }
            }
        }
        return null;
    }

    /**
     * The Panache base class an entity class extends (directly, through source superclasses or
     * through classes on the classpath), if it is a Panache entity.
     */
    Optional<String> entityBase(String fqn) {
        if (fqn == null || fqn.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> known = entityBase.get(fqn);
        if (known != null) {
            return known;
        }
        Optional<String> found = findEntityBase(fqn, 0);
        entityBase.put(fqn, found);
        return found;
    }

    private Optional<String> findEntityBase(String fqn, int depth) {
        if (depth > 8) {
            return Optional.empty();
        }
        if (ENTITY_BASES.contains(fqn)) {
            return Optional.of(fqn);
        }
        Optional<TypeDeclaration<?>> source = resolver.types().sourceType(fqn);
        if (source.isPresent()) {
            if (!(source.get() instanceof ClassOrInterfaceDeclaration cls) || cls.isInterface() || cls.getExtendedTypes().isEmpty()) {
                return Optional.empty();
            }
            String written = cls.getExtendedTypes(0).getNameWithScope();
            Optional<String> resolved = resolver.types().resolve(written, cls);
            Optional<String> base = Names.qualify(written, cls, ENTITY_BASES)
                    .filter(b -> resolved.map(b::equals).orElse(true));
            if (base.isPresent()) {
                return base;
            }
            return resolved.flatMap(r -> findEntityBase(r, depth + 1));
        }
        ClasspathIndex classpath = resolver.types().classpath();
        return classpath.find(fqn).map(ClasspathIndex.ClassFacts::superclass)
                .flatMap(s -> findEntityBase(s.name(), depth + 1));
    }

    // ---- queries

    /**
     * The HQL a Panache query string runs: a full query ({@code from ..}, {@code select ..}) as it
     * is; {@code order by ..} on the whole entity; a lone property ({@code "email"}) compared with
     * the first parameter; anything else a {@code WHERE} clause.
     */
    private String query(TypeRef entity, Expression argument) {
        String text = sql.text(argument);
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        String from = "select * from " + entity.simpleName();
        if (lower.startsWith("select ")) {
            return trimmed;
        }
        if (lower.startsWith("from ")) {
            return "select * " + trimmed; // HQL's select-less form, as the SQL readers expect it
        }
        if (lower.startsWith("order by")) {
            return from + " " + trimmed;
        }
        if (PROPERTY_ONLY.matcher(trimmed).matches()) {
            return from + " where " + trimmed + " = ?1";
        }
        return from + " where " + trimmed;
    }

    /** {@code update("stock = stock - ?1 where id = ?2", ..)} is {@code update Product set stock = stock - ?1 where id = ?2}. */
    private static String updateStatement(TypeRef entity, String text) {
        String trimmed = text.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("update ")) {
            return trimmed;
        }
        if (lower.startsWith("set ")) {
            return "update " + entity.simpleName() + " " + trimmed;
        }
        return "update " + entity.simpleName() + " set " + trimmed;
    }

    private static final Pattern LOCK_MODE = Pattern.compile("\\b(PESSIMISTIC_\\w+)");

    private static String pessimistic(Expression mode) {
        Matcher m = LOCK_MODE.matcher(mode.toString());
        return m.find() ? "LockModeType." + m.group(1) : null;
    }

    /** True when {@code fqn} is a Panache entity class (in the sources or on the classpath). */
    public boolean isEntity(String fqn) {
        return entityBase(fqn).isPresent();
    }
}
