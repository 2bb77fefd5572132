package io.github.raceguard.datalayer;


import io.github.raceguard.types.AnnotationValues;
import io.github.raceguard.types.Names;
import io.github.raceguard.persistence.Repositories;
import io.github.raceguard.persistence.RepositoryInfo;
import io.github.raceguard.persistence.RepositoryMethod;
import io.github.raceguard.types.TypeRef;
import io.github.raceguard.types.TypeResolver;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TypeExpr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Classifies calls into the data layer — the one place that knows which calls read, write,
 * check existence or update in bulk: Spring Data repositories (JPA, JDBC, MongoDB), the JPA
 * {@code EntityManager}, {@code JdbcTemplate} / {@code NamedParameterJdbcTemplate} /
 * {@code JdbcClient}, {@code MongoTemplate}, {@code RedisTemplate}, MyBatis mappers (see
 * {@link Mappers}; MyBatis Generator names), MyBatis-Plus mappers, services and update wrappers,
 * Hibernate's native {@code Session}, and read-through caches or executor helpers that return
 * what their loader read. Every rule asks here; a new data layer is taught here.
 *
 * <p>Type resolution is only paid for calls whose name could be a data-layer operation.
 */
public final class DataLayer {

    public enum Kind {
        /** Loads entities or values: {@code findById}, {@code em.find}, {@code queryForObject}, {@code opsForValue().get}. */
        READ,
        /** Writes the entity it is given: {@code save}, {@code merge}, {@code persist}, {@code updateById(entity)}. */
        SAVE,
        /** An UPDATE / SET that writes values passed in ({@code set stock = ?}, {@code Update.set}, Redis {@code set}). */
        BULK_UPDATE,
        /** An update the data store computes itself ({@code stock = stock - ?}, guarded updates, {@code $inc}, {@code INCR}). */
        ATOMIC_UPDATE,
        /** {@code delete*}, {@code remove*}. */
        DELETE,
        /** {@code existsBy*}. */
        EXISTS,
        /** {@code count*}. */
        COUNT,
        /** {@code em.lock(entity, PESSIMISTIC_WRITE)}: locks an entity already read. */
        LOCK,
        /** Any other data-layer method. */
        OTHER
    }

    /** What a read returns: the entity itself, an Optional of it, several, a plain value, or nothing to track. */
    public enum ResultShape { SINGLE, OPTIONAL, MANY, VALUE, UNKNOWN, NOT_ENTITY }

    /**
     * One call into the data layer.
     *
     * @param source     who is called, for messages: {@code ProductRepository}, {@code EntityManager}, {@code JdbcTemplate}
     * @param repository the Spring Data repository, or null for the other data layers
     * @param method     the repository method's declared facts, or null
     * @param entity     the entity type read or written, or null when the read is a row or value
     * @param subject    what is read when it is not an entity: "account row", "Redis value"; null for entities
     * @param lock       how the read locks ({@code @Lock(PESSIMISTIC_WRITE)}, {@code SELECT ... FOR UPDATE}), or null
     * @param statement  the SQL / JPQL text when known, else null
     */
    public record Access(Kind kind, String operation, String source, RepositoryInfo repository, RepositoryMethod method,
                         TypeRef entity, String subject, ResultShape shape, String lock, String statement) {

        /** A display name of what is read or written. */
        public String what() {
            return entity != null ? entity.simpleName() : subject != null ? subject : "value";
        }
    }

    private static final Set<String> SAVE_METHODS = Set.of("save", "saveAndFlush", "saveAll", "saveAllAndFlush", "insert");
    private static final Pattern FINDER_SUBJECT = Pattern.compile("(get|read|query|search|stream)\\w*By\\w*");
    private static final Pattern SELECT_FOR_UPDATE = Pattern.compile("\\bfor\\s+(no\\s+key\\s+)?update\\b|\\bfor\\s+share\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern UPDATE_STATEMENT = Pattern.compile("^\\s*update\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM_TABLE = Pattern.compile("\\bfrom\\s+([\\w.]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern UPDATE_TABLE = Pattern.compile("^\\s*update\\s+([\\w.]+)", Pattern.CASE_INSENSITIVE);

    private static final Set<String> ENTITY_MANAGER = Set.of("jakarta.persistence.EntityManager", "javax.persistence.EntityManager",
            "org.hibernate.Session", HibernateSessions.STATELESS_SESSION);
    private static final Set<String> JDBC_TEMPLATE = Set.of("org.springframework.jdbc.core.JdbcTemplate",
            "org.springframework.jdbc.core.JdbcOperations",
            "org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate",
            "org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations");
    private static final Set<String> JDBC_CLIENT = Set.of("org.springframework.jdbc.core.simple.JdbcClient");
    private static final Set<String> MONGO_TEMPLATE = Set.of("org.springframework.data.mongodb.core.MongoTemplate",
            "org.springframework.data.mongodb.core.MongoOperations");
    private static final Set<String> REDIS_TEMPLATE = Set.of("org.springframework.data.redis.core.RedisTemplate",
            "org.springframework.data.redis.core.StringRedisTemplate", "org.springframework.data.redis.core.RedisOperations");
    private static final Set<String> REDIS_OPERATIONS = Set.of("org.springframework.data.redis.core.ValueOperations",
            "org.springframework.data.redis.core.HashOperations", "org.springframework.data.redis.core.BoundValueOperations",
            "org.springframework.data.redis.core.BoundHashOperations");
    private static final Set<String> SESSION_FACTORY = Set.of("org.hibernate.SessionFactory");
    /** Read-through caches: {@code get(key, loader)} returns what the loader read. */
    private static final Set<String> CACHE_LOADING_CALLS = Set.of("get", "computeIfAbsent");
    private static final Set<String> MYBATIS_SELECT = Set.of("org.apache.ibatis.annotations.Select");
    private static final Set<String> MYBATIS_UPDATE = Set.of("org.apache.ibatis.annotations.Update");
    private static final Set<String> MYBATIS_INSERT = Set.of("org.apache.ibatis.annotations.Insert");
    private static final Set<String> MYBATIS_DELETE = Set.of("org.apache.ibatis.annotations.Delete");

    /** Names that can be an operation of some data layer: only these calls pay for type resolution. */
    private static final Set<String> OPERATION_NAMES = Set.of(
            "find", "getReference", "merge", "persist", "lock", "refresh", "getSingleResult", "getResultList", "getResultStream",
            "queryForObject", "queryForMap", "queryForList", "query", "update", "batchUpdate",
            "single", "optional", "list", "stream", "findById", "findOne", "findAll", "updateFirst", "updateMulti", "upsert",
            "findAndModify", "get", "set", "put", "increment", "setIfAbsent", "multiGet", "putAll",
            "selectById", "selectByPrimaryKey", "selectOne", "updateById", "updateByPrimaryKey", "updateByPrimaryKeySelective",
            "load", "loadOptional", "saveOrUpdate", "executeUpdate", "uniqueResult", "one", "oneOpt", "getOptById",
            "listByIds", "saveBatch", "updateBatchById", "saveOrUpdateBatch", "computeIfAbsent",
            "getSingleResultOrNull", "uniqueResultOptional");

    private final TypeResolver resolver;
    private final Repositories repositories;
    private final SqlConstants sql;
    private final PlainJdbc plainJdbc;
    private final MyBatisXml myBatisXml;
    private final Mappers mappers;
    private final Jooq jooq;
    private final Jdbi jdbi;
    private final Panache panache;
    private volatile Set<String> mapperMethodNames;

    public DataLayer(TypeResolver resolver, Repositories repositories, MyBatisXml myBatisXml) {
        this.resolver = resolver;
        this.repositories = repositories;
        this.myBatisXml = myBatisXml;
        this.mappers = new Mappers(resolver.types(), myBatisXml);
        this.sql = new SqlConstants(resolver.types());
        this.jooq = new Jooq(resolver, sql);
        this.jdbi = new Jdbi(resolver, sql, this);
        this.panache = new Panache(resolver, sql);
        this.plainJdbc = new PlainJdbc(sql);
    }

    /**
     * The data-layer operation {@code call} performs, if any. A method the sources define with a
     * body (a service's own {@code save(p)}, a DAO class, a mapper's default method) is no
     * data-layer call whatever its name: callers follow it as a helper. A call counts by its name
     * only when the callee has no body in the sources (an interface, a mapper, a jar).
     */
    public Optional<Access> classify(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (Jooq.mayBe(name)) {
            Optional<Access> query = jooq.classify(call);
            if (query.isPresent()) {
                return query;
            }
        }
        if (call.getScope().isPresent() && jdbi.inJdbiFile(call)) {
            Optional<Access> jdbiCall = jdbi.classify(call); // fluent Handle API, attach / onDemand / withExtension SQL objects
            if (jdbiCall.isPresent()) {
                return jdbiCall;
            }
        }
        if (Panache.mayBeOperation(name)) {
            // Quarkus Panache: active-record entities and PanacheRepository beans (see Panache)
            Optional<Access> panached = panache.classify(call, this::definesWithBody);
            if (panached.isPresent()) {
                return panached;
            }
        }
        if (!mayBeDataLayerCall(name)) {
            // a generic executor helper returning what its callback read: inSession(s -> s.get(..))
            return call.getScope().isPresent() ? cacheLoader(call, name) : Optional.empty();
        }
        if (call.getScope().isEmpty()) {
            return unscoped(call, name);
        }
        Expression scope = call.getScope().get();
        Optional<Access> chained = chainedCall(call, scope);
        if (chained.isPresent()) {
            return chained;
        }
        Optional<Access> cached = cacheLoader(call, name);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<TypeRef> type = typeOfReceiver(scope, name);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String receiver = type.get().name();
        if (definesWithBody(receiver, name, call.getArguments().size())) {
            return Optional.empty();
        }
        if (is(type.get(), ENTITY_MANAGER, call)) {
            return entityManager(call, name);
        }
        if (is(type.get(), JDBC_TEMPLATE, call)) {
            return jdbcTemplate(call, name, Names.simpleName(receiver));
        }
        if (is(type.get(), PlainJdbc.STATEMENTS, call)) { // plain JDBC: datalayer/PlainJdbc
            return plainJdbc.statement(call).map(run -> run.query() ? sqlRead(name, Names.simpleName(receiver), run.text(), ResultShape.VALUE)
                    : sqlWrite(name, Names.simpleName(receiver), run.text()));
        }
        if (is(type.get(), MONGO_TEMPLATE, call)) {
            return mongoTemplate(call, name);
        }
        if (is(type.get(), REDIS_OPERATIONS, call)) {
            return redis(name, Names.simpleName(receiver));
        }
        return ofType(type.get(), name, call);
    }

    /** A call on a repository, a MyBatis mapper or a MyBatis-Plus service of type {@code receiver}. */
    private Optional<Access> ofType(TypeRef receiverType, String name, MethodCallExpr call) {
        String receiver = receiverType.name();
        Optional<RepositoryInfo> repository = repositories.find(receiverType);
        if (repository.isPresent()) {
            return MicronautRepositories.access(resolver.types(), repository.get(), name, call)
                    .or(() -> Optional.of(access(repository.get(), name)));
        }
        Optional<Access> mapper = myBatis(receiver, name, call);
        if (mapper.isPresent()) {
            return mapper;
        }
        Optional<Access> sqlObject = resolver.types().sourceType(receiver).flatMap(t -> jdbi.sqlObject(t, name, call));
        if (sqlObject.isPresent()) {
            return sqlObject;
        }
        return mappers.serviceEntity(receiver).flatMap(entity -> myBatisPlusService(entity, name, call));
    }

    /**
     * An unqualified call: an inherited data-layer method called from inside a mapper's default
     * method ({@code update(null, wrapper)}), a repository's default method or a MyBatis-Plus
     * {@code ServiceImpl} subclass ({@code getById(id)}).
     */
    private Optional<Access> unscoped(MethodCallExpr call, String name) {
        Optional<TypeDeclaration<?>> enclosing = call.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        Optional<String> fqn = enclosing.flatMap(TypeDeclaration::getFullyQualifiedName);
        if (fqn.isEmpty() || definesWithBody(fqn.get(), name, call.getArguments().size())) {
            return Optional.empty();
        }
        if (enclosing.get() instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration cls && cls.isInterface()) {
            return ofType(new TypeRef(fqn.get(), List.of()), name, call);
        }
        return mappers.serviceEntity(fqn.get()).flatMap(entity -> myBatisPlusService(entity, name, call));
    }

    /**
     * True when the source type {@code fqn}, or a source supertype, declares {@code name} with
     * {@code arity} parameters and a body: a helper to follow, not a data-layer operation.
     */
    private boolean definesWithBody(String fqn, String name, int arity) {
        return definesWithBody(fqn, name, arity, 0);
    }

    private boolean definesWithBody(String fqn, String name, int arity, int depth) {
        Optional<TypeDeclaration<?>> type = resolver.types().sourceType(fqn);
        if (type.isEmpty() || depth > 6) {
            return false;
        }
        for (MethodDeclaration m : type.get().getMethodsByName(name)) {
            boolean fits = m.getParameters().size() == arity
                    || !m.getParameters().isEmpty() && m.getParameters().getLast().map(p -> p.isVarArgs()).orElse(false)
                    && arity >= m.getParameters().size() - 1;
            if (fits && m.getBody().isPresent() && !m.isAbstract()) {
                return true;
            }
        }
        if (type.get() instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration cls) {
            List<com.github.javaparser.ast.type.ClassOrInterfaceType> supers = new ArrayList<>(cls.getExtendedTypes());
            if (cls.isInterface()) {
                supers.addAll(cls.getImplementedTypes());
            }
            for (var extended : supers) {
                Optional<String> superName = resolver.types().resolve(extended.getNameWithScope(), cls);
                if (superName.isPresent() && definesWithBody(superName.get(), name, arity, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What a read that returns no mapped type returns: a plain row or value, or a jOOQ record (versioned or not, see {@link Jooq}). */
    public io.github.raceguard.persistence.EntityInfo row(Access access) {
        return Jooq.readByJooq(access.source()) ? jooq.row(access) : io.github.raceguard.persistence.EntityInfo.value(access.what());
    }

    /** A SQL read that answers null when no row matches (jOOQ's {@code fetchOne()} / {@code fetchAny()}). */
    public static boolean nullWhenAbsent(Access access) {
        return Jooq.readByJooq(access.source()) && (access.operation().equals("fetchOne") || access.operation().equals("fetchAny"));
    }

    /** {@code repository::save} and the like, passed as a callback. */
    public Optional<Access> classify(MethodReferenceExpr reference) {
        String name = reference.getIdentifier();
        Expression scope = reference.getScope();
        if (scope instanceof TypeExpr typeExpr) {
            // the parser cannot tell `repository::save` (a variable) from `Type::method`
            String written = typeExpr.getType().asString();
            if (written.contains(".") || !Character.isLowerCase(written.charAt(0))) {
                return Optional.empty();
            }
            scope = new NameExpr(written);
            scope.setParentNode(reference);
        }
        if (!mayBeDataLayerCall(name)) {
            return Optional.empty();
        }
        Optional<TypeRef> type = typeOfReceiver(scope, name);
        return type.flatMap(repositories::find).map(repository -> access(repository, name));
    }

    private boolean mayBeDataLayerCall(String name) {
        return OPERATION_NAMES.contains(name) || SAVE_METHODS.contains(name) || isFinder(name) || name.startsWith("exists")
                || name.startsWith("count") || name.startsWith("delete") || name.startsWith("select") || name.startsWith("update")
                || name.startsWith("insert") || name.startsWith("save") || name.startsWith("list") || name.startsWith("remove")
                || repositories.isDeclaredMethodName(name) || mapperMethodNames().contains(name) || PlainJdbc.OPERATIONS.contains(name);
    }

    /** Names of the methods the sources' mapper interfaces declare ({@code reduceStock}, {@code queryByGid}). */
    private Set<String> mapperMethodNames() {
        Set<String> names = mapperMethodNames;
        if (names == null) {
            Set<String> collected = new java.util.HashSet<>();
            for (TypeDeclaration<?> type : resolver.types().sourceTypes()) {
                if (mappers.isMapper(type) || Jdbi.isSqlObject(type)) { // JDBI SQL objects too
                    type.getMethods().forEach(m -> collected.add(m.getNameAsString()));
                }
            }
            mapperMethodNames = names = Set.copyOf(collected);
        }
        return names;
    }

    // ---- Spring Data repositories

    private Access access(RepositoryInfo repository, String name) {
        RepositoryMethod declared = repository.method(name).orElse(null);
        TypeRef entity = repository.entity();
        String source = Names.simpleName(repository.name());
        if (declared != null && declared.isBulkUpdate()) {
            Kind kind = SqlUpdates.isAtomic(declared.query()) ? Kind.ATOMIC_UPDATE : Kind.BULK_UPDATE;
            return new Access(kind, name, source, repository, declared, entity, null, ResultShape.NOT_ENTITY, null, declared.query());
        }
        if (SAVE_METHODS.contains(name) && (declared == null || declared.query() == null)) {
            return new Access(Kind.SAVE, name, source, repository, declared, entity, null,
                    name.startsWith("saveAll") ? ResultShape.MANY : ResultShape.SINGLE, null, null);
        }
        if (name.startsWith("exists")) {
            return new Access(Kind.EXISTS, name, source, repository, declared, entity, null, ResultShape.NOT_ENTITY, null, null);
        }
        if (name.startsWith("count")) {
            return new Access(Kind.COUNT, name, source, repository, declared, entity, null, ResultShape.NOT_ENTITY, null, null);
        }
        if (name.startsWith("delete") || name.startsWith("remove")) {
            return new Access(Kind.DELETE, name, source, repository, declared, entity, null, ResultShape.NOT_ENTITY, null, null);
        }
        if (isFinder(name) || declared != null && declared.query() != null && !declared.modifying()) {
            String lock = declared != null && declared.locksPessimistically() ? declared.lockDescription() : null;
            return new Access(Kind.READ, name, source, repository, declared, entity, null,
                    entity == null ? ResultShape.NOT_ENTITY : shapeOf(name, repository), lock, declared == null ? null : declared.query());
        }
        return new Access(Kind.OTHER, name, source, repository, declared, entity, null, ResultShape.NOT_ENTITY, null, null);
    }

    /**
     * Spring Data's query-method subjects: {@code find…}, and {@code get/read/query/search/stream…By…};
     * plus the fixed {@code getReferenceById/getById/getOne}.
     */
    private static boolean isFinder(String name) {
        return name.startsWith("find") || FINDER_SUBJECT.matcher(name).matches()
                || name.equals("getReferenceById") || name.equals("getById") || name.equals("getOne");
    }

    /** What the finder returns, from its declaration when the source has it, else from its name. */
    private ResultShape shapeOf(String name, RepositoryInfo repository) {
        Optional<MethodDeclaration> declaration = resolver.types().sourceType(repository.name())
                .flatMap(t -> t.getMethodsByName(name).stream().findFirst());
        if (declaration.isPresent()) {
            return shapeOfDeclared(declaration.get(), repository.entity().simpleName());
        }
        if (name.startsWith("findAll") || name.startsWith("stream")) {
            return ResultShape.MANY;
        }
        if (name.equals("getReferenceById") || name.equals("getById") || name.equals("getOne")) {
            return ResultShape.SINGLE;
        }
        if (name.equals("findById") || name.equals("findOne")) {
            return ResultShape.OPTIONAL;
        }
        return ResultShape.UNKNOWN;
    }

    private ResultShape shapeOfDeclared(MethodDeclaration declaration, String entity) {
        TypeRef ref = resolver.types().typeRef(declaration.getType(), declaration);
        String simple = ref.simpleName();
        if (ref.isVariable() || simple.equals(entity)) {
            return ResultShape.SINGLE;
        }
        if (!ref.args().isEmpty() && !ref.args().get(0).isVariable() && !ref.args().get(0).simpleName().equals(entity)) {
            return ResultShape.NOT_ENTITY; // a projection or a DTO
        }
        return switch (simple) {
            case "Optional", "Mono", "CompletableFuture" -> ResultShape.OPTIONAL;
            case "List", "Iterable", "Collection", "Set", "Stream", "Page", "Slice", "Flux" -> ResultShape.MANY;
            default -> ref.args().isEmpty() ? ResultShape.NOT_ENTITY : ResultShape.UNKNOWN;
        };
    }

    // ---- JPA EntityManager

    private Optional<Access> entityManager(MethodCallExpr call, String name) {
        switch (name) {
            case "find", "getReference", "get", "load" -> {
                // Hibernate's Session.get / load (Class, id[, LockMode | LockOptions]) read like EntityManager.find
                TypeRef entity = classLiteral(call, 0);
                if (entity == null) {
                    return Optional.empty();
                }
                String lock = call.getArguments().size() >= 3 ? pessimisticLockMode(call.getArgument(2)) : null;
                return Optional.of(new Access(Kind.READ, name, source(call), null, null, entity, null, ResultShape.SINGLE, lock, null));
            }
            case "merge", "persist", "update", "saveOrUpdate", "save", "upsert", "insert" -> {
                // Hibernate's Session.update / saveOrUpdate / save write the entity given, like merge;
                // so do StatelessSession.update / upsert / insert (see HibernateSessions)
                return Optional.of(new Access(Kind.SAVE, name, source(call), null, null, null, null, ResultShape.SINGLE, null, null));
            }
            case "remove", "delete" -> {
                // EntityManager.remove / Session.remove / delete(entity): a write of the row given
                if (call.getArguments().size() != 1) {
                    return Optional.empty();
                }
                TypeRef removed;
                try {
                    removed = resolver.declaredTypeOf(call.getArgument(0)).orElse(null);
                } catch (RuntimeException unresolved) {
                    removed = null;
                }
                return Optional.of(new Access(Kind.DELETE, name, source(call), null, null, removed, null, ResultShape.NOT_ENTITY, null, null));
            }
            case "lock", "refresh" -> {
                String lock = call.getArguments().size() >= 2 ? pessimisticLockMode(call.getArgument(1)) : null;
                return lock == null ? Optional.empty()
                        : Optional.of(new Access(Kind.LOCK, name, "EntityManager", null, null, null, null, ResultShape.NOT_ENTITY, lock, null));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** "Session" when the call is on Hibernate's Session, else "EntityManager": for messages. */
    private String source(MethodCallExpr call) {
        return call.getScope().flatMap(this::typeOfReceiver).map(HibernateSessions::source).orElse("EntityManager");
    }

    /**
     * {@code em.createQuery(jpql, E.class)...getSingleResult()}, {@code createQuery(hql).executeUpdate()},
     * Hibernate's {@code session.byId(E.class).load(id)}, MyBatis-Plus wrapper chains and
     * JdbcClient / Redis chains.
     */
    private Optional<Access> chainedCall(MethodCallExpr call, Expression scope) {
        String name = call.getNameAsString();
        if ((name.equals("load") || name.equals("getReference") || name.equals("loadOptional")) && scope instanceof MethodCallExpr) {
            MethodCallExpr byId = null;
            String lock = null;
            for (Expression e = scope; e instanceof MethodCallExpr link; e = link.getScope().orElse(null)) {
                if (link.getNameAsString().equals("with") && link.getArguments().size() == 1) {
                    lock = pessimisticLockMode(link.getArgument(0));
                }
                if (link.getNameAsString().equals("byId") && link.getArguments().size() == 1) {
                    byId = link;
                }
            }
            if (byId != null && byId.getScope().flatMap(this::typeOfReceiver).map(t -> is(t, ENTITY_MANAGER, call)).orElse(false)) {
                TypeRef entity = classLiteral(byId, 0);
                if (entity != null) {
                    return Optional.of(new Access(Kind.READ, "byId(..)." + name, "Session", null, null, entity, null,
                            name.equals("loadOptional") ? ResultShape.OPTIONAL : ResultShape.SINGLE, lock, null));
                }
            }
        }
        if (name.equals("executeUpdate") && scope instanceof MethodCallExpr) {
            MethodCallExpr create = null;
            for (Expression e = scope; e instanceof MethodCallExpr link; e = link.getScope().orElse(null)) {
                if (link.getNameAsString().startsWith("create") && link.getNameAsString().endsWith("Query")) {
                    create = link;
                }
            }
            if (create != null && !create.getArguments().isEmpty()
                    && create.getScope().flatMap(this::typeOfReceiver).map(t -> is(t, ENTITY_MANAGER, call)).orElse(false)) {
                String text = sql.text(create.getArgument(0));
                return text == null ? Optional.empty() : Optional.of(sqlWrite("executeUpdate", source(create), text));
            }
        }
        Optional<Access> plus = myBatisPlusChain(call, name);
        if (plus.isPresent()) {
            return plus;
        }
        if (name.equals("getSingleResult") || name.equals("getResultList") || name.equals("getResultStream")
                || name.equals("uniqueResult") || name.equals("list") || HibernateSessions.SINGLE_RESULTS.containsKey(name)) {
            MethodCallExpr create = null;
            String lock = null;
            for (Expression e = scope; e instanceof MethodCallExpr link; e = link.getScope().orElse(null)) {
                if ((link.getNameAsString().equals("setLockMode") || link.getNameAsString().equals("setHibernateLockMode"))
                        && link.getArguments().size() == 1) {
                    lock = pessimisticLockMode(link.getArgument(0));
                }
                if (link.getNameAsString().startsWith("create") && link.getNameAsString().endsWith("Query")) {
                    create = link;
                }
            }
            if (create != null && create.getScope().flatMap(this::typeOfReceiver).map(t -> is(t, ENTITY_MANAGER, call)).orElse(false)) {
                String text = create.getArguments().isEmpty() ? null : sql.text(create.getArgument(0));
                TypeRef entity = create.getArguments().size() >= 2 ? classLiteral(create, 1) : criteriaEntity(create);
                if (lock == null && text != null && SELECT_FOR_UPDATE.matcher(text).find()) {
                    lock = "SELECT ... FOR UPDATE";
                }
                if (entity == null) {
                    return Optional.empty();
                }
                ResultShape shape = name.equals("getSingleResult") || name.equals("uniqueResult") ? ResultShape.SINGLE
                        : HibernateSessions.SINGLE_RESULTS.getOrDefault(name, ResultShape.MANY);
                return Optional.of(new Access(Kind.READ, create.getNameAsString(), source(create), null, null, entity, null, shape, lock, text));
            }
        }
        if (Set.of("single", "optional", "list", "stream", "set", "update").contains(name)) {
            Optional<Access> client = jdbcClient(call);
            if (client.isPresent()) {
                return client;
            }
        }
        if (scope instanceof MethodCallExpr ops && (ops.getNameAsString().startsWith("opsFor") || ops.getNameAsString().startsWith("bound"))
                && ops.getScope().flatMap(this::typeOfReceiver).map(t -> is(t, REDIS_TEMPLATE, call)).orElse(false)) {
            return redis(name, "RedisTemplate." + ops.getNameAsString() + "()");
        }
        return Optional.empty();
    }

    private TypeRef criteriaEntity(MethodCallExpr create) {
        if (create.getArguments().size() != 1) {
            return null;
        }
        return resolver.declaredTypeOf(create.getArgument(0))
                .filter(t -> t.simpleName().equals("CriteriaQuery") && !t.args().isEmpty())
                .map(t -> t.args().get(0)).orElse(null);
    }

    // ---- JdbcTemplate, NamedParameterJdbcTemplate, JdbcClient

    private Optional<Access> jdbcTemplate(MethodCallExpr call, String name, String source) {
        if (call.getArguments().isEmpty()) {
            return Optional.empty();
        }
        String text = sql.text(call.getArgument(0));
        if (text == null) {
            return Optional.empty();
        }
        if (name.startsWith("query")) {
            boolean scalar = name.equals("queryForObject") && call.getArguments().size() >= 2
                    && call.getArguments().stream().anyMatch(a -> a instanceof ClassExpr);
            return Optional.of(sqlRead(name, source, text, scalar ? ResultShape.VALUE : name.equals("queryForObject") || name.equals("queryForMap")
                    ? ResultShape.SINGLE : ResultShape.MANY));
        }
        if (name.equals("update") || name.equals("batchUpdate")) {
            return Optional.of(sqlWrite(name, source, text));
        }
        return Optional.empty();
    }

    /** {@code jdbcClient.sql(SQL).param(..).query(X.class).single()} / {@code .update()}. */
    private Optional<Access> jdbcClient(MethodCallExpr terminal) {
        MethodCallExpr sqlCall = null;
        for (Expression e = terminal.getScope().orElse(null); e instanceof MethodCallExpr link; e = link.getScope().orElse(null)) {
            if (link.getNameAsString().equals("sql") && link.getArguments().size() == 1) {
                sqlCall = link;
            }
        }
        if (sqlCall == null || !sqlCall.getScope().flatMap(this::typeOfReceiver).map(t -> is(t, JDBC_CLIENT, terminal)).orElse(false)) {
            return Optional.empty();
        }
        String text = sql.text(sqlCall.getArgument(0));
        if (text == null) {
            return Optional.empty();
        }
        if (terminal.getNameAsString().equals("update")) {
            return Optional.of(sqlWrite("update", "JdbcClient", text));
        }
        boolean scalar = terminal.getScope().filter(s -> s instanceof MethodCallExpr q && q.getNameAsString().equals("query")
                && q.getArguments().size() == 1 && q.getArgument(0) instanceof ClassExpr).isPresent();
        ResultShape shape = terminal.getNameAsString().equals("single") ? (scalar ? ResultShape.VALUE : ResultShape.SINGLE)
                : terminal.getNameAsString().equals("optional") ? ResultShape.OPTIONAL : ResultShape.MANY;
        return Optional.of(sqlRead("query", "JdbcClient", text, shape));
    }

    Access sqlRead(String operation, String source, String text, ResultShape shape) {
        String lock = SELECT_FOR_UPDATE.matcher(text).find() ? "SELECT ... FOR UPDATE" : null;
        return new Access(Kind.READ, operation, source, null, null, null, table(FROM_TABLE, text) + " row", shape, lock, text);
    }

    Access sqlWrite(String operation, String source, String text) {
        if (!UPDATE_STATEMENT.matcher(text).find()) {
            String lower = text.trim().toLowerCase(Locale.ROOT);
            Kind kind = lower.startsWith("delete") ? Kind.DELETE : lower.startsWith("insert") ? Kind.SAVE : Kind.OTHER;
            return new Access(kind, operation, source, null, null, null, null, ResultShape.NOT_ENTITY, null, text);
        }
        Kind kind = SqlUpdates.isAtomic(text) ? Kind.ATOMIC_UPDATE : Kind.BULK_UPDATE;
        return new Access(kind, operation, source, null, null, null, table(UPDATE_TABLE, text) + " row", ResultShape.NOT_ENTITY, null, text);
    }

    private static String table(Pattern pattern, String text) {
        java.util.regex.Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : "table";
    }

    // ---- MongoTemplate

    private Optional<Access> mongoTemplate(MethodCallExpr call, String name) {
        switch (name) {
            case "findById", "findOne", "find", "findAll" -> {
                TypeRef entity = classLiteral(call, call.getArguments().size() - 1);
                if (entity == null) {
                    return Optional.empty();
                }
                ResultShape shape = name.equals("find") || name.equals("findAll") ? ResultShape.MANY : ResultShape.SINGLE;
                return Optional.of(new Access(Kind.READ, name, "MongoTemplate", null, null, entity, null, shape, null, null));
            }
            case "save", "insert" -> {
                return Optional.of(new Access(Kind.SAVE, name, "MongoTemplate", null, null, null, null, ResultShape.SINGLE, null, null));
            }
            case "updateFirst", "updateMulti", "upsert" -> {
                // Update.set writes a value computed in Java; inc/push/pull/max/min are applied by the server
                boolean setsValues = call.getArguments().size() >= 2 && call.getArgument(1).toString().matches("(?s).*\\.set\\(.*|.*Update\\.update\\(.*");
                Kind kind = setsValues ? Kind.BULK_UPDATE : Kind.ATOMIC_UPDATE;
                return Optional.of(new Access(kind, name, "MongoTemplate", null, null, null, "document", ResultShape.NOT_ENTITY, null, null));
            }
            case "findAndModify" -> {
                return Optional.of(new Access(Kind.ATOMIC_UPDATE, name, "MongoTemplate", null, null, null, "document", ResultShape.NOT_ENTITY, null, null));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    // ---- Redis

    /** What a Redis read returns and a Redis write stores. */
    private static final String CACHE_VALUE = "Redis value";

    /** A write to a cache (Redis {@code set} / {@code put}) rather than to the database. */
    public static boolean isCache(Access access) {
        return CACHE_VALUE.equals(access.subject());
    }

    /** The description of what a cache read returns (see {@link Access#what()}). */
    public static boolean isCacheValue(String what) {
        return CACHE_VALUE.equals(what);
    }

    private Optional<Access> redis(String name, String source) {
        return switch (name) {
            case "get", "multiGet", "entries", "values" ->
                    Optional.of(new Access(Kind.READ, name, source, null, null, null, CACHE_VALUE, ResultShape.VALUE, null, null));
            case "set", "put", "putAll", "multiSet" ->
                    Optional.of(new Access(Kind.BULK_UPDATE, name, source, null, null, null, CACHE_VALUE, ResultShape.NOT_ENTITY, null, null));
            case "increment", "decrement", "setIfAbsent", "putIfAbsent", "append" ->
                    Optional.of(new Access(Kind.ATOMIC_UPDATE, name, source, null, null, null, CACHE_VALUE, ResultShape.NOT_ENTITY, null, null));
            default -> Optional.empty();
        };
    }

    // ---- MyBatis / MyBatis-Plus mappers

    private static final Pattern MAPPER_READ = Pattern.compile("(select|get|find|query|load|list)\\w*");
    private static final Pattern MAPPER_MANY = Pattern.compile("\\w*(List|ByExample\\w*|Batch\\w*|All\\w*|ByIds|ByMap)|list\\w*");

    /**
     * A call on a MyBatis mapper (see {@link Mappers} for which interfaces are). Its SQL decides
     * (an {@code @Select} / {@code @Update} / {@code @Insert} / {@code @Delete} annotation or the XML
     * statement: an {@code <insert>} writes a new row whatever the method is called); without one, the
     * method name does: {@code select* / get* / find* / query*} read, {@code update* / insert*}
     * write (the entity when they take it: {@code updateByPrimaryKeySelective(row)},
     * {@code updateByExample(row, example)}), {@code count*} counts, {@code delete*} deletes;
     * MyBatis-Plus's {@code update(entity, wrapper)} is judged by its wrapper.
     */
    private Optional<Access> myBatis(String receiver, String name, MethodCallExpr call) {
        Optional<TypeDeclaration<?>> mapper = resolver.types().sourceType(receiver);
        if (mapper.isEmpty() || !mappers.isMapper(mapper.get())) {
            return Optional.empty();
        }
        String source = mapper.get().getNameAsString();
        Optional<MethodDeclaration> declared = declaredMethod(mapper.get(), name, call.getArguments().size());
        TypeRef entity = mappers.baseMapperEntity(receiver).filter(t -> !t.isVariable())
                .orElseGet(() -> mapperEntity(declared.orElse(null)));
        String select = declared.flatMap(m -> Names.annotation(m, MYBATIS_SELECT)).flatMap(a -> AnnotationValues.string(a, "value")).orElse(null);
        String update = declared.flatMap(m -> Names.annotation(m, MYBATIS_UPDATE)).flatMap(a -> AnnotationValues.string(a, "value")).orElse(null);
        String insert = declared.flatMap(m -> Names.annotation(m, MYBATIS_INSERT)).flatMap(a -> AnnotationValues.string(a, "value")).orElse(null);
        boolean annotatedDelete = declared.flatMap(m -> Names.annotation(m, MYBATIS_DELETE)).isPresent();
        String statementKind = select != null ? "select" : update != null ? "update" : insert != null ? "insert" : annotatedDelete ? "delete" : null;
        if (statementKind == null) {
            Optional<MyBatisXml.Statement> xml = declared.flatMap(m -> m.findAncestor(TypeDeclaration.class))
                    .flatMap(t -> ((TypeDeclaration<?>) t).getFullyQualifiedName())
                    .or(() -> mapper.get().getFullyQualifiedName())
                    .flatMap(fqn -> myBatisXml.statement(fqn, name));
            if (xml.isPresent()) {
                statementKind = xml.get().kind();
                select = statementKind.equals("select") ? xml.get().sql() : null;
                update = statementKind.equals("update") ? xml.get().sql() : null;
                insert = statementKind.equals("insert") ? xml.get().sql() : null;
            }
        }
        if ("insert".equals(statementKind) || statementKind == null && name.startsWith("insert")) {
            // the statement tells an INSERT from an upsert (ON DUPLICATE KEY UPDATE) whatever the method is named
            String statement = insert == null ? null : insert.replaceFirst("^\\s*<script>\\s*", "");
            return Optional.of(new Access(Kind.SAVE, name, source, null, null, entity, null, ResultShape.SINGLE, null, statement));
        }
        // a logical delete is an UPDATE setting a flag: still a delete
        if ("delete".equals(statementKind) || name.startsWith("delete") || name.startsWith("logicalDelete")) {
            return Optional.of(new Access(Kind.DELETE, name, source, null, null, entity, null, ResultShape.NOT_ENTITY, null, null));
        }
        if (update != null && !UPDATE_STATEMENT.matcher(update).find()) {
            return Optional.empty(); // an <update> element running DDL (ALTER / CREATE TABLE): no row written
        }
        if ("update".equals(statementKind) || statementKind == null && name.startsWith("update")) {
            if ((name.equals("update") || name.equals("updateBatch")) && update == null && call.getArguments().size() >= 1) {
                return Optional.of(wrapperUpdate(call, entity, source, name));
            }
            if (update != null && SqlUpdates.isAtomic(update.replaceAll("#\\{\\s*(\\w+)[^}]*}", ":$1"))) {
                return Optional.of(new Access(Kind.ATOMIC_UPDATE, name, source, null, null, entity, null, ResultShape.NOT_ENTITY, null, update));
            }
            boolean takesEntity = declared.map(m -> !m.getParameters().isEmpty() && entity != null
                    && resolver.types().typeRef(m.getParameter(0).getType(), m).simpleName().equals(entity.simpleName()))
                    .orElse(update == null);
            return Optional.of(new Access(takesEntity ? Kind.SAVE : Kind.BULK_UPDATE, name, source, null, null, entity,
                    entity == null ? "row" : null, ResultShape.NOT_ENTITY, null, update));
        }
        if (statementKind == null && (name.startsWith("count") || name.equals("selectCount"))
                || select != null && select.trim().toLowerCase(Locale.ROOT).matches("select\\s+count\\s*\\(.*")) {
            return Optional.of(new Access(Kind.COUNT, name, source, null, null, entity, null, ResultShape.NOT_ENTITY, null, select));
        }
        if (statementKind == null && name.startsWith("exists")) {
            return Optional.of(new Access(Kind.EXISTS, name, source, null, null, entity, null, ResultShape.NOT_ENTITY, null, null));
        }
        if (select != null || statementKind == null && MAPPER_READ.matcher(name).matches()) {
            String lock = select != null && SELECT_FOR_UPDATE.matcher(select).find() ? "SELECT ... FOR UPDATE" : null;
            ResultShape shape = declared.map(m -> entity == null ? ResultShape.NOT_ENTITY : shapeOfDeclared(m, entity.simpleName()))
                    .orElse(MAPPER_MANY.matcher(name).matches() ? ResultShape.MANY : ResultShape.SINGLE);
            return entity == null ? Optional.empty()
                    : Optional.of(new Access(Kind.READ, name, source, null, null, entity, null, shape, lock, select));
        }
        return Optional.empty();
    }

    /** The mapper's own declaration of {@code name}, or one of its source superinterfaces'. */
    private Optional<MethodDeclaration> declaredMethod(TypeDeclaration<?> type, String name, int arity) {
        Optional<MethodDeclaration> own = type.getMethodsByName(name).stream()
                .filter(m -> m.getParameters().size() == arity || m.getParameters().getLast().map(p -> p.isVarArgs()).orElse(false))
                .findFirst();
        if (own.isPresent() || !(type instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration iface)) {
            return own;
        }
        for (var extended : iface.getExtendedTypes()) {
            Optional<TypeDeclaration<?>> parent = resolver.types().resolve(extended.getNameWithScope(), iface).flatMap(resolver.types()::sourceType);
            if (parent.isPresent() && parent.get() != type) {
                Optional<MethodDeclaration> inherited = declaredMethod(parent.get(), name, arity);
                if (inherited.isPresent()) {
                    return inherited;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The entity a mapper method reads or writes, from its own types: the (element of the)
     * returned type or a parameter that is a source class; MyBatis Generator's {@code *Example}
     * criteria are not entities.
     */
    private TypeRef mapperEntity(MethodDeclaration method) {
        if (method == null) {
            return null;
        }
        List<TypeRef> candidates = new ArrayList<>();
        TypeRef returned = resolver.types().typeRef(method.getType(), method);
        candidates.add(returned.args().isEmpty() ? returned : returned.args().get(0));
        method.getParameters().forEach(p -> candidates.add(resolver.types().typeRef(p.getType(), method)));
        for (TypeRef candidate : candidates) {
            if (candidate.simpleName().endsWith("Example") || candidate.simpleName().endsWith("Criteria")) {
                continue;
            }
            Optional<TypeDeclaration<?>> type = resolver.types().sourceType(candidate.name());
            if (type.isPresent() && type.get().isClassOrInterfaceDeclaration() && !type.get().asClassOrInterfaceDeclaration().isInterface()) {
                return candidate;
            }
        }
        return null;
    }

    // ---- MyBatis-Plus services (IService / ServiceImpl) and update wrappers

    /**
     * {@code IService<T>}: {@code getById / getOne / list*} read, {@code save* / updateById /
     * saveOrUpdate*} write the entity, {@code update(wrapper)} / {@code update(entity, wrapper)}
     * are judged by their wrapper, {@code count} counts, {@code exists} checks, {@code remove*}
     * deletes.
     */
    private Optional<Access> myBatisPlusService(TypeRef entity, String name, MethodCallExpr call) {
        TypeRef known = entity.isVariable() ? null : entity;
        String source = "IService<" + (known == null ? "?" : known.simpleName()) + ">";
        if (name.equals("update") && !call.getArguments().isEmpty()) {
            return Optional.of(wrapperUpdate(call, known, source, name));
        }
        if (name.startsWith("save") || name.startsWith("update")) {
            return Optional.of(new Access(Kind.SAVE, name, source, null, null, known, null,
                    name.endsWith("Batch") || name.endsWith("BatchById") ? ResultShape.MANY : ResultShape.SINGLE, null, null));
        }
        if (name.startsWith("remove")) {
            return Optional.of(new Access(Kind.DELETE, name, source, null, null, known, null, ResultShape.NOT_ENTITY, null, null));
        }
        if (name.equals("count")) {
            return Optional.of(new Access(Kind.COUNT, name, source, null, null, known, null, ResultShape.NOT_ENTITY, null, null));
        }
        if (name.equals("exists")) {
            return Optional.of(new Access(Kind.EXISTS, name, source, null, null, known, null, ResultShape.NOT_ENTITY, null, null));
        }
        if (known == null) {
            return Optional.empty();
        }
        return switch (name) {
            case "getById", "getOne" -> Optional.of(new Access(Kind.READ, name, source, null, null, known, null, ResultShape.SINGLE, null, null));
            case "getOptById", "getOneOpt" -> Optional.of(new Access(Kind.READ, name, source, null, null, known, null, ResultShape.OPTIONAL, null, null));
            case "list", "listByIds", "listByMap" -> Optional.of(new Access(Kind.READ, name, source, null, null, known, null, ResultShape.MANY, null, null));
            default -> Optional.empty();
        };
    }

    /**
     * {@code lambdaUpdate().set(..).eq(..).update()}, {@code lambdaQuery().eq(..).one()} on a
     * MyBatis-Plus service (or inside its {@code ServiceImpl}).
     */
    private Optional<Access> myBatisPlusChain(MethodCallExpr call, String name) {
        boolean terminalUpdate = name.equals("update") || name.equals("remove");
        boolean terminalQuery = Set.of("one", "oneOpt", "list", "count", "exists").contains(name);
        if (!terminalUpdate && !terminalQuery || !call.getArguments().isEmpty() && !name.equals("update")) {
            return Optional.empty();
        }
        MethodCallExpr root = null;
        for (Expression e = call.getScope().orElse(null); e instanceof MethodCallExpr link; e = link.getScope().orElse(null)) {
            root = link;
        }
        if (root == null || !root.getArguments().isEmpty()
                || !Set.of("lambdaUpdate", "update", "lambdaQuery", "query").contains(root.getNameAsString())) {
            return Optional.empty();
        }
        Optional<String> owner = root.getScope().isPresent()
                ? root.getScope().flatMap(resolver::declaredTypeOf).map(TypeRef::name)
                : root.findAncestor(TypeDeclaration.class).flatMap(t -> ((TypeDeclaration<?>) t).getFullyQualifiedName());
        Optional<TypeRef> entity = owner.flatMap(mappers::serviceEntity);
        if (entity.isEmpty()) {
            return Optional.empty();
        }
        TypeRef known = entity.get().isVariable() ? null : entity.get();
        String source = "IService<" + (known == null ? "?" : known.simpleName()) + ">." + root.getNameAsString() + "()";
        boolean updating = root.getNameAsString().contains("pdate");
        if (updating && name.equals("update")) {
            return Optional.of(wrapperUpdate(call, known, source, name));
        }
        if (updating && name.equals("remove")) {
            return Optional.of(new Access(Kind.DELETE, name, source, null, null, known, null, ResultShape.NOT_ENTITY, null, null));
        }
        if (updating || known == null && !name.equals("count") && !name.equals("exists")) {
            return Optional.empty();
        }
        return Optional.of(switch (name) {
            case "count" -> new Access(Kind.COUNT, name, source, null, null, known, null, ResultShape.NOT_ENTITY, null, null);
            case "exists" -> new Access(Kind.EXISTS, name, source, null, null, known, null, ResultShape.NOT_ENTITY, null, null);
            case "oneOpt" -> new Access(Kind.READ, name, source, null, null, known, null, ResultShape.OPTIONAL, null, null);
            case "list" -> new Access(Kind.READ, name, source, null, null, known, null, ResultShape.MANY, null, null);
            default -> new Access(Kind.READ, name, source, null, null, known, null, ResultShape.SINGLE, null, null);
        });
    }

    private static final Set<String> WRAPPER_GUARDS = Set.of("eq", "ne", "ge", "gt", "le", "lt", "between", "in");

    /**
     * An update through a MyBatis-Plus wrapper: {@code update(entity, wrapper)},
     * {@code update(null, wrapper)}, {@code update(wrapper)} or a {@code lambdaUpdate()} chain. The
     * wrapper's {@code setSql("stock = stock - 1")} and guards ({@code .ge(T::getStock, n)}) make
     * it atomic (see {@link SqlUpdates}); {@code .set(col, value)} writes a value computed in Java;
     * an entity with no {@code set} in the wrapper writes the entity's fields.
     */
    private Access wrapperUpdate(MethodCallExpr call, TypeRef entity, String source, String name) {
        List<MethodCallExpr> links = wrapperLinks(call);
        List<String> assignments = new ArrayList<>();
        List<String> guards = new ArrayList<>();
        for (MethodCallExpr link : links) {
            String linkName = link.getNameAsString();
            List<Expression> args = link.getArguments();
            if (linkName.equals("setSql") && !args.isEmpty()) {
                String text = sql.text(args.get(args.size() - 1));
                assignments.add(text == null ? "unknown = ?" : text);
            } else if (linkName.equals("set") && args.size() >= 2) {
                assignments.add(column(args.get(args.size() - 2)) + " = ?");
            } else if (WRAPPER_GUARDS.contains(linkName) && args.size() >= 2) {
                guards.add(column(args.get(args.size() - 2)) + " = ?");
            }
        }
        Expression entityArgument = call.getArguments().size() >= 2 ? call.getArgument(0) : null;
        boolean writesEntity = entityArgument != null && !entityArgument.isNullLiteralExpr();
        if (assignments.isEmpty()) {
            return new Access(writesEntity ? Kind.SAVE : Kind.OTHER, name, source, null, null, entity, null,
                    writesEntity ? ResultShape.SINGLE : ResultShape.NOT_ENTITY, null, null);
        }
        String statement = "update " + (entity == null ? "table" : entity.simpleName()) + " set " + String.join(", ", assignments)
                + (guards.isEmpty() ? "" : " where " + String.join(" and ", guards));
        if (SqlUpdates.isAtomic(statement)) {
            return new Access(Kind.ATOMIC_UPDATE, name, source, null, null, entity, null, ResultShape.NOT_ENTITY, null, statement);
        }
        return new Access(Kind.BULK_UPDATE, name, source, null, null, entity, entity == null ? "row" : null, ResultShape.NOT_ENTITY, null, statement);
    }

    /**
     * The links that build the wrapper an update uses: its own scope chain
     * ({@code lambdaUpdate().set(..).eq(..)}), a wrapper argument built in place
     * ({@code new LambdaUpdateWrapper<T>().setSql(..)}) or a local variable's initializer and the
     * calls made on it afterwards ({@code wrapper.set(..)}).
     */
    private List<MethodCallExpr> wrapperLinks(MethodCallExpr call) {
        List<MethodCallExpr> links = new ArrayList<>();
        chainLinks(call.getScope().orElse(null), links);
        if (call.getArguments().isEmpty()) {
            return links;
        }
        Expression wrapper = call.getArgument(call.getArguments().size() - 1);
        if (wrapper instanceof MethodCallExpr built) {
            links.add(built);
            chainLinks(built.getScope().orElse(null), links);
        } else if (wrapper instanceof NameExpr variable) {
            Optional<com.github.javaparser.ast.body.CallableDeclaration> method = call.findAncestor(com.github.javaparser.ast.body.CallableDeclaration.class);
            method.ifPresent(m -> {
                for (com.github.javaparser.ast.body.VariableDeclarator v : m.findAll(com.github.javaparser.ast.body.VariableDeclarator.class)) {
                    if (v.getNameAsString().equals(variable.getNameAsString()) && v.getInitializer().orElse(null) instanceof MethodCallExpr init) {
                        links.add(init);
                        chainLinks(init.getScope().orElse(null), links);
                    }
                }
                for (MethodCallExpr use : m.findAll(MethodCallExpr.class)) {
                    if (use != call && use.getScope().filter(s -> s instanceof NameExpr n && n.getNameAsString().equals(variable.getNameAsString())).isPresent()) {
                        links.add(use);
                        chainLinks(use.getScope().orElse(null), links);
                    }
                }
            });
        }
        return links;
    }

    private static void chainLinks(Expression start, List<MethodCallExpr> links) {
        for (Expression e = start; e instanceof MethodCallExpr link; e = link.getScope().orElse(null)) {
            links.add(link);
        }
    }

    /**
     * The expressions whose values an update call writes, beyond its own arguments: JdbcClient's
     * {@code .param(..)} links and the {@code .set(column, value)} links of a MyBatis-Plus wrapper.
     */
    public List<Expression> writtenValues(MethodCallExpr call) {
        List<Expression> values = new ArrayList<>();
        for (Expression e = call.getScope().orElse(null); e instanceof MethodCallExpr link; e = link.getScope().orElse(null)) {
            if (link.getNameAsString().startsWith("param") || link.getNameAsString().startsWith("bind")) { // JdbcClient, JDBI
                values.addAll(link.getArguments());
            }
        }
        for (MethodCallExpr link : wrapperLinks(call)) {
            if (link.getNameAsString().equals("set") && link.getArguments().size() >= 2) {
                values.add(link.getArgument(link.getArguments().size() - 1));
            }
        }
        if (PlainJdbc.OPERATIONS.contains(call.getNameAsString())) { // ps.setLong(1, balance - amount); ps.executeUpdate()
            classify(call).filter(a -> a.statement() != null).ifPresent(a -> values.addAll(plainJdbc.boundValues(call, a.statement())));
        }
        return values;
    }

    /** A column named by a string or a getter reference ({@code Sku::getStock} → stock, {@code getSalesCount} → sales_count). */
    private static String column(Expression e) {
        if (e instanceof MethodReferenceExpr reference) {
            String getter = reference.getIdentifier().replaceFirst("^(get|is)(?=[A-Z])", "");
            return getter.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        }
        if (e instanceof com.github.javaparser.ast.expr.StringLiteralExpr literal) {
            return literal.asString();
        }
        return "unknown";
    }

    // ---- helpers

    /**
     * The receiver's type is one of {@code fqns}: by qualified name, or — when the name could not be
     * qualified (a wildcard import, no classpath) — by what the file's imports allow.
     */
    private static boolean is(TypeRef type, Set<String> fqns, com.github.javaparser.ast.Node context) {
        return fqns.contains(type.name()) || !type.name().contains(".") && Names.refersTo(type.name(), context, fqns);
    }

    /**
     * The receiver's type from the declarations in scope (fields incl. source superclasses,
     * parameters, locals). Only a receiver declared nowhere in the sources — a field inherited
     * from a superclass in a jar — is handed to the symbol solver, and only for names that are
     * unmistakably Spring Data's ({@code findByEmail}, {@code saveAndFlush}): generic names such as
     * {@code get} or {@code update} are far too common to pay a solver lookup each.
     */
    private Optional<TypeRef> typeOfReceiver(Expression scope, String operation) {
        // a repository typed by a type parameter (R extends JpaRepository<T, ID>) is what its bound says
        Optional<TypeRef> declared = typeOfReceiver(scope).map(t -> t.isVariable() ? resolver.upperBound(t, scope).orElse(t) : t);
        if (declared.isPresent() || !(scope instanceof NameExpr || scope instanceof FieldAccessExpr)) {
            return declared;
        }
        boolean distinctive = SAVE_METHODS.contains(operation) && !operation.equals("save") && !operation.equals("insert")
                || isFinder(operation) && operation.contains("By") || repositories.isDeclaredMethodName(operation);
        return distinctive ? resolver.typeOf(scope) : Optional.empty();
    }

    private Optional<TypeRef> typeOfReceiver(Expression scope) {
        Optional<TypeRef> declared = resolver.declaredTypeOf(scope);
        if (declared.isPresent()) {
            return declared;
        }
        if (Panache.isEntityManagerCall(scope)) {
            return Optional.of(new TypeRef("jakarta.persistence.EntityManager", List.of()));
        }
        // sessionFactory.getCurrentSession().get(..), sessionFactory.openSession()
        if (scope instanceof MethodCallExpr call && call.getArguments().isEmpty()
                && (call.getNameAsString().equals("getCurrentSession") || call.getNameAsString().equals("openSession"))
                && call.getScope().flatMap(resolver::declaredTypeOf).map(t -> is(t, SESSION_FACTORY, call)).orElse(false)) {
            return Optional.of(new TypeRef("org.hibernate.Session", List.of()));
        }
        if (scope instanceof NameExpr name) {
            return lambdaParameterType(name);
        }
        return Optional.empty();
    }

    /**
     * The type of an untyped lambda parameter handed to a method of the sources
     * ({@code inSession(s -> s.get(Order.class, id))} with {@code <R> R inSession(Function<Session, R> work)}):
     * the first type argument of the functional parameter it is passed as.
     */
    private Optional<TypeRef> lambdaParameterType(NameExpr name) {
        Optional<com.github.javaparser.ast.expr.LambdaExpr> lambda = name.findAncestor(com.github.javaparser.ast.expr.LambdaExpr.class);
        if (lambda.isEmpty() || lambda.get().getParameters().isEmpty()
                || !lambda.get().getParameter(0).getNameAsString().equals(name.getNameAsString())
                || !lambda.get().getParameter(0).getType().isUnknownType()
                || !(lambda.get().getParentNode().orElse(null) instanceof MethodCallExpr call)) {
            return Optional.empty();
        }
        int index = call.getArguments().indexOf(lambda.get());
        Optional<TypeDeclaration<?>> owner = call.getScope().isEmpty()
                ? call.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t)
                : call.getScope().flatMap(resolver::declaredTypeOf).flatMap(t -> resolver.types().sourceType(t.name()));
        if (owner.isEmpty() || index < 0) {
            return Optional.empty();
        }
        for (MethodDeclaration m : owner.get().getMethodsByName(call.getNameAsString())) {
            if (m.getParameters().size() == call.getArguments().size()) {
                TypeRef functional = resolver.types().typeRef(m.getParameter(index).getType(), m);
                if (!functional.args().isEmpty() && !functional.args().get(0).isVariable()) {
                    return Optional.of(functional.args().get(0));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A generic executor helper of the sources that returns what its callback returns
     * ({@code <R> R inSession(Function<Session, R> work)}): {@code inSession(s -> s.get(..))} reads.
     */
    private boolean returnsCallbackResult(MethodCallExpr call) {
        Optional<TypeDeclaration<?>> owner = call.getScope().flatMap(resolver::declaredTypeOf).flatMap(t -> resolver.types().sourceType(t.name()));
        int last = call.getArguments().size() - 1;
        for (MethodDeclaration m : owner.map(t -> t.getMethodsByName(call.getNameAsString())).orElse(List.of())) {
            if (m.getParameters().size() == call.getArguments().size() && m.getBody().isPresent()) {
                TypeRef returned = resolver.types().typeRef(m.getType(), m);
                TypeRef callback = resolver.types().typeRef(m.getParameter(last).getType(), m);
                if (returned.isVariable() && !callback.args().isEmpty()
                        && callback.args().get(callback.args().size() - 1).name().equals(returned.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A read-through cache: {@code cache.get(key, () -> repo.findById(id).orElseThrow())} or
     * {@code cache.get(key, k -> mapper.selectById(k))} (Caffeine, Guava, Spring's {@code Cache},
     * a map's {@code computeIfAbsent}) returns what its loader read.
     */
    private Optional<Access> cacheLoader(MethodCallExpr call, String name) {
        if (call.getArguments().isEmpty()
                || !(call.getArgument(call.getArguments().size() - 1) instanceof com.github.javaparser.ast.expr.LambdaExpr loader)) {
            return Optional.empty();
        }
        Expression body = loader.getExpressionBody().orElseGet(() -> loader.getBody().isBlockStmt()
                && loader.getBody().asBlockStmt().getStatements().size() == 1
                && loader.getBody().asBlockStmt().getStatement(0) instanceof com.github.javaparser.ast.stmt.ReturnStmt ret
                ? ret.getExpression().orElse(null) : null);
        boolean unwrapped = false;
        if (body instanceof MethodCallExpr unwrap && unwrap.getScope().isPresent()
                && Set.of("orElseThrow", "get", "orElse").contains(unwrap.getNameAsString())
                && unwrap.getScope().get() instanceof MethodCallExpr inner) {
            body = inner;
            unwrapped = true;
        }
        if (!(body instanceof MethodCallExpr read)
                || !(CACHE_LOADING_CALLS.contains(name) && call.getArguments().size() == 2 || returnsCallbackResult(call))) {
            return Optional.empty();
        }
        Optional<Access> access = classify(read).filter(a -> a.kind() == Kind.READ && a.entity() != null);
        if (access.isEmpty()) {
            return Optional.empty();
        }
        Access a = access.get();
        ResultShape shape = unwrapped && a.shape() == ResultShape.OPTIONAL ? ResultShape.SINGLE : a.shape();
        return Optional.of(new Access(Kind.READ, a.operation(), a.source() + " via " + name + "(key, loader)", a.repository(), a.method(),
                a.entity(), a.subject(), shape, null, a.statement()));
    }

    private TypeRef classLiteral(MethodCallExpr call, int index) {
        if (index < 0 || index >= call.getArguments().size() || !(call.getArgument(index) instanceof ClassExpr literal)) {
            return null;
        }
        return resolver.types().typeRef(literal.getType(), call);
    }

    /** {@code LockModeType.PESSIMISTIC_*}, Hibernate's {@code LockMode.PESSIMISTIC_* / UPGRADE*} and {@code LockOptions.UPGRADE}, also wrapped in {@code new LockOptions(..)}. */
    private static String pessimisticLockMode(Expression mode) {
        java.util.regex.Matcher m = Pattern.compile("\\b(LockModeType|LockMode|LockOptions)\\.(PESSIMISTIC_\\w+|UPGRADE\\w*)").matcher(mode.toString());
        if (m.find()) {
            return m.group(1) + "." + m.group(2);
        }
        String text = mode.toString();
        String constant = text.substring(text.lastIndexOf('.') + 1);
        return constant.startsWith("PESSIMISTIC") ? "LockModeType." + constant : null;
    }
}
