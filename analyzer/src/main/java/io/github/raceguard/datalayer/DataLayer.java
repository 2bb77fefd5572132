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
 * {@code JdbcClient}, {@code MongoTemplate}, {@code RedisTemplate} and MyBatis mappers. Every
 * rule asks here; a new data layer is taught here.
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
            "org.hibernate.Session");
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
    private static final Set<String> MYBATIS_MAPPER = Set.of("org.apache.ibatis.annotations.Mapper");
    private static final Set<String> MYBATIS_PLUS_BASE = Set.of("com.baomidou.mybatisplus.core.mapper.BaseMapper");
    private static final Set<String> MYBATIS_SELECT = Set.of("org.apache.ibatis.annotations.Select");
    private static final Set<String> MYBATIS_UPDATE = Set.of("org.apache.ibatis.annotations.Update");

    /** Names that can be an operation of some data layer: only these calls pay for type resolution. */
    private static final Set<String> OPERATION_NAMES = Set.of(
            "find", "getReference", "merge", "persist", "lock", "refresh", "getSingleResult", "getResultList", "getResultStream",
            "queryForObject", "queryForMap", "queryForList", "query", "update", "batchUpdate",
            "single", "optional", "list", "stream", "findById", "findOne", "findAll", "updateFirst", "updateMulti", "upsert",
            "findAndModify", "get", "set", "put", "increment", "setIfAbsent", "multiGet", "putAll",
            "selectById", "selectByPrimaryKey", "selectOne", "updateById", "updateByPrimaryKey", "updateByPrimaryKeySelective");

    private final TypeResolver resolver;
    private final Repositories repositories;
    private final SqlConstants sql;
    private final MyBatisXml myBatisXml;

    public DataLayer(TypeResolver resolver, Repositories repositories, MyBatisXml myBatisXml) {
        this.resolver = resolver;
        this.repositories = repositories;
        this.myBatisXml = myBatisXml;
        this.sql = new SqlConstants(resolver.types());
    }

    public Optional<Access> classify(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (call.getScope().isEmpty() || !mayBeDataLayerCall(name)) {
            return Optional.empty();
        }
        Expression scope = call.getScope().get();
        Optional<Access> chained = chainedCall(call, scope);
        if (chained.isPresent()) {
            return chained;
        }
        Optional<TypeRef> type = typeOfReceiver(scope, name);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String receiver = type.get().name();
        if (is(type.get(), ENTITY_MANAGER, call)) {
            return entityManager(call, name);
        }
        if (is(type.get(), JDBC_TEMPLATE, call)) {
            return jdbcTemplate(call, name, Names.simpleName(receiver));
        }
        if (is(type.get(), MONGO_TEMPLATE, call)) {
            return mongoTemplate(call, name);
        }
        if (is(type.get(), REDIS_OPERATIONS, call)) {
            return redis(name, Names.simpleName(receiver));
        }
        Optional<RepositoryInfo> repository = repositories.find(type.get());
        if (repository.isPresent()) {
            return Optional.of(access(repository.get(), name));
        }
        return myBatis(receiver, name);
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
                || repositories.isDeclaredMethodName(name);
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
            case "find", "getReference" -> {
                TypeRef entity = classLiteral(call, 0);
                if (entity == null) {
                    return Optional.empty();
                }
                String lock = call.getArguments().size() >= 3 ? pessimisticLockMode(call.getArgument(2)) : null;
                return Optional.of(new Access(Kind.READ, name, "EntityManager", null, null, entity, null, ResultShape.SINGLE, lock, null));
            }
            case "merge", "persist" -> {
                return Optional.of(new Access(Kind.SAVE, name, "EntityManager", null, null, null, null, ResultShape.SINGLE, null, null));
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

    /** {@code em.createQuery(jpql, E.class)...getSingleResult()} and JdbcClient / Redis chains. */
    private Optional<Access> chainedCall(MethodCallExpr call, Expression scope) {
        String name = call.getNameAsString();
        if (name.equals("getSingleResult") || name.equals("getResultList") || name.equals("getResultStream")
                || name.equals("uniqueResult") || name.equals("list")) {
            MethodCallExpr create = null;
            String lock = null;
            for (Expression e = scope; e instanceof MethodCallExpr link; e = link.getScope().orElse(null)) {
                if (link.getNameAsString().equals("setLockMode") && link.getArguments().size() == 1) {
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
                ResultShape shape = name.equals("getSingleResult") || name.equals("uniqueResult") ? ResultShape.SINGLE : ResultShape.MANY;
                return Optional.of(new Access(Kind.READ, create.getNameAsString(), "EntityManager", null, null, entity, null, shape, lock, text));
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

    private Access sqlRead(String operation, String source, String text, ResultShape shape) {
        String lock = SELECT_FOR_UPDATE.matcher(text).find() ? "SELECT ... FOR UPDATE" : null;
        return new Access(Kind.READ, operation, source, null, null, null, table(FROM_TABLE, text) + " row", shape, lock, text);
    }

    private Access sqlWrite(String operation, String source, String text) {
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

    private Optional<Access> redis(String name, String source) {
        return switch (name) {
            case "get", "multiGet", "entries", "values" ->
                    Optional.of(new Access(Kind.READ, name, source, null, null, null, "Redis value", ResultShape.VALUE, null, null));
            case "set", "put", "putAll", "multiSet" ->
                    Optional.of(new Access(Kind.BULK_UPDATE, name, source, null, null, null, "Redis value", ResultShape.NOT_ENTITY, null, null));
            case "increment", "decrement", "setIfAbsent", "putIfAbsent", "append" ->
                    Optional.of(new Access(Kind.ATOMIC_UPDATE, name, source, null, null, null, "Redis value", ResultShape.NOT_ENTITY, null, null));
            default -> Optional.empty();
        };
    }

    // ---- MyBatis / MyBatis-Plus mappers

    private Optional<Access> myBatis(String receiver, String name) {
        Optional<TypeDeclaration<?>> mapper = resolver.types().sourceType(receiver);
        if (mapper.isEmpty() || !isMapper(mapper.get())) {
            return Optional.empty();
        }
        String source = mapper.get().getNameAsString();
        Optional<MethodDeclaration> declared = mapper.get().getMethodsByName(name).stream().findFirst();
        TypeRef entity = mapperEntity(mapper.get(), declared.orElse(null));
        String select = declared.flatMap(m -> Names.annotation(m, MYBATIS_SELECT)).flatMap(a -> AnnotationValues.string(a, "value")).orElse(null);
        String update = declared.flatMap(m -> Names.annotation(m, MYBATIS_UPDATE)).flatMap(a -> AnnotationValues.string(a, "value")).orElse(null);
        Optional<MyBatisXml.Statement> xml = mapper.get().getFullyQualifiedName().flatMap(fqn -> myBatisXml.statement(fqn, name));
        if (select == null && update == null && xml.isPresent()) {
            select = xml.get().kind().equals("select") ? xml.get().sql() : null;
            update = xml.get().kind().equals("update") ? xml.get().sql() : null;
        }
        if (update != null || name.startsWith("update")) {
            if (update != null && SqlUpdates.isAtomic(update.replaceAll("#\\{\\s*(\\w+)[^}]*}", ":$1"))) {
                return Optional.of(new Access(Kind.ATOMIC_UPDATE, name, source, null, null, entity, null, ResultShape.NOT_ENTITY, null, update));
            }
            boolean takesEntity = declared.map(m -> m.getParameters().size() == 1 && entity != null
                    && resolver.types().typeRef(m.getParameter(0).getType(), m).simpleName().equals(entity.simpleName())).orElse(update == null);
            return Optional.of(new Access(takesEntity ? Kind.SAVE : Kind.BULK_UPDATE, name, source, null, null, entity,
                    entity == null ? "row" : null, ResultShape.NOT_ENTITY, null, update));
        }
        if (select != null || name.startsWith("select")) {
            String lock = select != null && SELECT_FOR_UPDATE.matcher(select).find() ? "SELECT ... FOR UPDATE" : null;
            ResultShape shape = declared.map(m -> entity == null ? ResultShape.NOT_ENTITY : shapeOfDeclared(m, entity.simpleName()))
                    .orElse(name.endsWith("List") || name.startsWith("selectBatch") ? ResultShape.MANY : ResultShape.SINGLE);
            return entity == null ? Optional.empty()
                    : Optional.of(new Access(Kind.READ, name, source, null, null, entity, null, shape, lock, select));
        }
        return Optional.empty();
    }

    private boolean isMapper(TypeDeclaration<?> type) {
        if (Names.hasAnnotation(type, MYBATIS_MAPPER)) {
            return true;
        }
        return type instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration iface
                && iface.getExtendedTypes().stream().anyMatch(t -> Names.refersTo(t.getNameWithScope(), iface, MYBATIS_PLUS_BASE));
    }

    /** The entity a mapper method reads or writes: MyBatis-Plus's {@code BaseMapper<T>}, else the method's own types. */
    private TypeRef mapperEntity(TypeDeclaration<?> mapper, MethodDeclaration method) {
        if (mapper instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration iface) {
            for (var extended : iface.getExtendedTypes()) {
                TypeRef ref = resolver.types().typeRef(extended, iface);
                if (Names.refersTo(extended.getNameWithScope(), iface, MYBATIS_PLUS_BASE) && !ref.args().isEmpty()) {
                    return ref.args().get(0);
                }
            }
        }
        if (method == null) {
            return null;
        }
        List<TypeRef> candidates = new ArrayList<>();
        TypeRef returned = resolver.types().typeRef(method.getType(), method);
        candidates.add(returned.args().isEmpty() ? returned : returned.args().get(0));
        method.getParameters().forEach(p -> candidates.add(resolver.types().typeRef(p.getType(), method)));
        for (TypeRef candidate : candidates) {
            Optional<TypeDeclaration<?>> type = resolver.types().sourceType(candidate.name());
            if (type.isPresent() && type.get().isClassOrInterfaceDeclaration() && !type.get().asClassOrInterfaceDeclaration().isInterface()) {
                return candidate;
            }
        }
        return null;
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
        Optional<TypeRef> declared = resolver.declaredTypeOf(scope)
                .map(t -> t.isVariable() ? resolver.upperBound(t, scope).orElse(t) : t);
        if (declared.isPresent() || !(scope instanceof NameExpr || scope instanceof FieldAccessExpr)) {
            return declared;
        }
        boolean distinctive = SAVE_METHODS.contains(operation) && !operation.equals("save") && !operation.equals("insert")
                || isFinder(operation) && operation.contains("By") || repositories.isDeclaredMethodName(operation);
        return distinctive ? resolver.typeOf(scope) : Optional.empty();
    }

    private Optional<TypeRef> typeOfReceiver(Expression scope) {
        return resolver.declaredTypeOf(scope);
    }

    private TypeRef classLiteral(MethodCallExpr call, int index) {
        if (index < 0 || index >= call.getArguments().size() || !(call.getArgument(index) instanceof ClassExpr literal)) {
            return null;
        }
        return resolver.types().typeRef(literal.getType(), call);
    }

    private static String pessimisticLockMode(Expression mode) {
        String text = mode.toString();
        String constant = text.substring(text.lastIndexOf('.') + 1);
        return constant.startsWith("PESSIMISTIC") ? "LockModeType." + constant : null;
    }
}
