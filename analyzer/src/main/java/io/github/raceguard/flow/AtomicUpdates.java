package io.github.raceguard.flow;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import io.github.raceguard.datalayer.DataLayer;
import io.github.raceguard.datalayer.SqlUpdates;
import io.github.raceguard.persistence.EntityInfo;
import io.github.raceguard.persistence.SchemaNames;
import io.github.raceguard.persistence.UniqueConstraints;
import io.github.raceguard.report.Location;
import io.github.raceguard.source.ParsedFile;
import io.github.raceguard.types.AnnotationValues;
import io.github.raceguard.types.Frameworks;
import io.github.raceguard.types.Locations;
import io.github.raceguard.types.Names;
import io.github.raceguard.types.TypeIndex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which columns of which entities the application changes with an atomic or conditional update
 * somewhere ({@code UPDATE product SET stock = stock - :q}, {@code ... SET status = 'PAID' WHERE
 * status = 'NEW'}, a MyBatis-Plus {@code setSql("stock = stock - 1")}, Mongo {@code $inc}), found
 * once over every call of the sources; and which write-backs of an entity read earlier write
 * such a column back in full, so that they revert an atomic change committed in between
 * (the {@code stale-overwrite} fact).
 *
 * <p>What counts as a full write of a column, decided here:
 * <ul>
 *   <li>JPA ({@code save}, {@code merge}, Hibernate {@code update}, dirty checking): every
 *       updatable column, unless the entity (or a superclass) is {@code @DynamicUpdate}, with
 *       which Hibernate writes only the columns changed in Java;</li>
 *   <li>Spring Data JDBC / MongoDB {@code save}, {@code MongoTemplate.save}: the whole row or
 *       document;</li>
 *   <li>a MyBatis statement ({@code updateByPrimaryKey}, {@code updateByPrimaryKeySelective}, a
 *       custom {@code <update>}): the columns of its SET list. A selective update writes the
 *       non-null fields, and a row read with the mapper's select has them all set;</li>
 *   <li>MyBatis-Plus {@code updateById} / {@code saveOrUpdate} without SQL of the sources: every
 *       non-null field (the default {@code FieldStrategy.NOT_NULL}), so every loaded column of a row
 *       read first, except fields with {@code @TableField(exist = false)} or
 *       {@code updateStrategy = FieldStrategy.NEVER};</li>
 *   <li>an UPDATE with values from Java: the columns it assigns.</li>
 * </ul>
 * A column the method itself sets, or every column when it copies a request object into the
 * entity ({@code BeanUtils.copyProperties}), is written on purpose and not counted.
 */
public final class AtomicUpdates {

    /**
     * One atomic or conditional update call.
     *
     * @param table             the table or entity name as its statement writes it
     * @param entity            the entity type the data layer names (Mongo class literal, repository entity) or null
     * @param columns           the columns the database computes, as written
     * @param incrementsVersion it also increments a version column ({@code version = version + 1}, HQL {@code update versioned})
     * @param at                the call
     * @param statement         its statement, for messages
     */
    public record Update(String table, String entity, List<String> columns, boolean incrementsVersion, Location at, String statement) {
        public Update {
            columns = List.copyOf(columns);
        }
    }

    /**
     * A write-back that reverts the atomic change of {@code column} made by {@code update}.
     *
     * @param how how the write writes that column: "JPA save without @DynamicUpdate writes every column"
     */
    public record Reversion(Update update, String column, String how) {
    }

    private static final Set<String> DYNAMIC_UPDATE = Set.of("org.hibernate.annotations.DynamicUpdate");
    private static final Set<String> TABLE_NAME = Set.of("com.baomidou.mybatisplus.annotation.TableName");
    private static final Set<String> TABLE_FIELD = Set.of("com.baomidou.mybatisplus.annotation.TableField");
    private static final Set<String> TABLE_ID = Set.of("com.baomidou.mybatisplus.annotation.TableId");
    private static final Pattern MONGO_INC = Pattern.compile("\\.inc\\(\\s*\"([\\w.]+)\"");
    private static final Pattern SETS_PROPERTY = Pattern.compile("^(?:sets|changes) (\\w+)\\b");
    private static final Pattern COPIES_ALL = Pattern.compile("^(copies properties|overwrites its state|maps new values|fills it)");
    private static final Pattern ENTITY_METHOD = Pattern.compile("^changes it \\((\\w+)\\)");
    private static final int MAX_DEPTH = 6;

    private final DataLayer dataLayer;
    private final UniqueConstraints mappings;
    private final TypeIndex types;
    private final List<ParsedFile> files;
    private volatile List<Update> all;
    private volatile Map<Path, ParsedFile> byPath;

    public AtomicUpdates(DataLayer dataLayer, UniqueConstraints mappings, TypeIndex types, List<ParsedFile> files) {
        this.dataLayer = dataLayer;
        this.mappings = mappings;
        this.types = types;
        this.files = List.copyOf(files);
    }

    /** Every atomic or conditional update of the sources that changes a named column, in source order. */
    public List<Update> all() {
        List<Update> result = all;
        if (result == null) {
            synchronized (this) {
                result = all;
                if (result == null) {
                    all = result = collect();
                }
            }
        }
        return result;
    }

    private List<Update> collect() {
        List<Update> found = new ArrayList<>();
        for (ParsedFile file : files) {
            for (MethodCallExpr call : file.calls()) {
                try {
                    dataLayer.classify(call).filter(a -> a.kind() == DataLayer.Kind.ATOMIC_UPDATE)
                            .flatMap(a -> update(call, a)).ifPresent(found::add);
                } catch (RuntimeException | StackOverflowError e) {
                    // an unknown shape: no atomic update from this call
                }
            }
        }
        found.sort(Comparator.comparing((Update u) -> u.at().file().toString()).thenComparingInt(u -> u.at().line())
                .thenComparingInt(u -> u.at().column()));
        return List.copyOf(found);
    }

    private Optional<Update> update(MethodCallExpr call, DataLayer.Access access) {
        if (access.statement() != null) {
            String table = SqlUpdates.updatedTable(access.statement());
            List<SqlUpdates.Assignment> assignments = SqlUpdates.assignments(access.statement());
            List<String> columns = assignments.stream().filter(SqlUpdates.Assignment::atomic).map(SqlUpdates.Assignment::column).toList();
            if (table == null || columns.isEmpty()) {
                return Optional.empty();
            }
            boolean version = SqlUpdates.incrementsVersion(access.statement())
                    || assignments.stream().anyMatch(a -> a.column().equals("version"));
            // a JPQL update of the repository's own entity, or a MyBatis-Plus wrapper of its mapper's entity: that
            // very class, not any class of the same name (microservices in one repository each have their Product)
            String entity = access.entity() != null && !access.entity().isVariable()
                    && SchemaNames.key(table).equals(SchemaNames.key(access.entity().simpleName())) ? access.entity().name() : null;
            return Optional.of(new Update(table, entity, columns, version,
                    Locations.of(call, "changes " + String.join(", ", columns) + " atomically (" + access.source() + "." + access.operation() + ")"),
                    access.statement().replaceFirst("^\\s*<script>\\s*", "").replaceAll("\\s+", " ").trim()));
        }
        if (access.source().equals("MongoTemplate")) {
            // updateFirst(query, new Update().inc("stock", -1), Product.class)
            List<String> columns = new ArrayList<>();
            Matcher m = MONGO_INC.matcher(call.getArguments().toString());
            while (m.find()) {
                columns.add(m.group(1));
            }
            Expression last = call.getArguments().isEmpty() ? null : call.getArgument(call.getArguments().size() - 1);
            if (columns.isEmpty() || !(last instanceof ClassExpr literal)) {
                return Optional.empty();
            }
            String entity = types.typeRef(literal.getType(), call).name();
            return Optional.of(new Update(Names.simpleName(entity), entity, columns, false,
                    Locations.of(call, "changes " + String.join(", ", columns) + " atomically (MongoTemplate." + access.operation() + " with $inc)"),
                    "$inc " + String.join(", ", columns)));
        }
        return Optional.empty();
    }

    /**
     * The atomic updates whose change {@code write} can revert: it writes back, from the state
     * it read, a column of that entity which they change in the database. Empty when the write
     * writes only some columns (see the class comment), when the entity is not in the sources,
     * or when nothing changes its columns atomically. Protections (locks, versions) are the
     * caller's to weigh, except the version: an update that increments the version makes the
     * versioned full write fail instead of reverting, so it is left out.
     */
    public List<Reversion> reverted(ReadModifyWrite write) {
        if (!write.entity().mapped() || all().isEmpty()) {
            return List.of();
        }
        Optional<TypeDeclaration<?>> type = types.sourceType(write.entity().name());
        if (type.isEmpty()) {
            return List.of();
        }
        Set<String> tables = tableKeys(write.entity().name(), type.get());
        List<Update> candidates = all().stream()
                .filter(u -> write.entity().name().equals(u.entity()) || u.entity() == null && tables.contains(SchemaNames.key(u.table())))
                .filter(u -> !(write.entity().hasVersion() && u.incrementsVersion()))
                .toList();
        if (candidates.isEmpty() || write.changes().stream().anyMatch(c -> COPIES_ALL.matcher(c.message()).find())) {
            return List.of();
        }
        Optional<Written> written = written(write, type.get());
        if (written.isEmpty()) {
            return List.of();
        }
        Set<String> setHere = setHere(write, type.get());
        List<Reversion> reversions = new ArrayList<>();
        for (Update update : candidates) {
            for (String column : update.columns()) {
                String key = SchemaNames.key(column);
                if (written.get().columns().contains(key) && !setHere.contains(key)) {
                    reversions.add(new Reversion(update, column, written.get().how()));
                    break;
                }
            }
        }
        return reversions;
    }

    /**
     * The properties the composing method sets on purpose: named by its changes ({@code sets stock},
     * {@code changes stock}), assigned by an entity method it calls ({@code changes it (releaseAll)});
     * for dirty checking, whose event keeps only the first change, every setter, entity method and
     * field assignment of the method.
     */
    private Set<String> setHere(ReadModifyWrite write, TypeDeclaration<?> type) {
        Set<String> keys = new HashSet<>();
        for (Location change : write.changes()) {
            Matcher m = SETS_PROPERTY.matcher(change.message());
            if (m.find()) {
                keys.add(SchemaNames.key(m.group(1)));
            }
            Matcher viaMethod = ENTITY_METHOD.matcher(change.message());
            if (viaMethod.find()) {
                assignedBy(type, viaMethod.group(1), keys, 0);
            }
        }
        if (write.kind() == ReadModifyWrite.WriteKind.DIRTY_CHECKING) {
            Matcher first = SETS_PROPERTY.matcher(write.write().message());
            if (first.find()) {
                keys.add(SchemaNames.key(first.group(1)));
            }
            for (MethodCallExpr call : write.method().findAll(MethodCallExpr.class)) {
                String name = call.getNameAsString();
                if (name.length() > 3 && name.startsWith("set") && Character.isUpperCase(name.charAt(3)) && call.getArguments().size() == 1) {
                    keys.add(SchemaNames.key(name.substring(3)));
                } else if (call.getScope().isPresent()) {
                    assignedBy(type, name, keys, 0);
                }
            }
            for (AssignExpr assign : write.method().findAll(AssignExpr.class)) {
                if (assign.getTarget() instanceof FieldAccessExpr field) {
                    keys.add(SchemaNames.key(field.getNameAsString()));
                }
            }
        }
        return keys;
    }

    /** The fields the entity method {@code name} of {@code type} (or a superclass) assigns, through the methods it calls on itself. */
    private void assignedBy(TypeDeclaration<?> type, String name, Set<String> keys, int depth) {
        for (TypeDeclaration<?> t = type; t != null && depth < MAX_DEPTH; t = superclass(t), depth++) {
            for (MethodDeclaration m : t.getMethodsByName(name)) {
                if (m.getBody().isEmpty()) {
                    continue;
                }
                for (AssignExpr assign : m.findAll(AssignExpr.class)) {
                    Expression target = assign.getTarget();
                    if (target instanceof FieldAccessExpr field) {
                        keys.add(SchemaNames.key(field.getNameAsString()));
                    } else if (target instanceof NameExpr simple) {
                        keys.add(SchemaNames.key(simple.getNameAsString()));
                    }
                }
                for (UnaryExpr unary : m.findAll(UnaryExpr.class)) {
                    if (unary.getExpression() instanceof NameExpr || unary.getExpression() instanceof FieldAccessExpr) {
                        keys.add(SchemaNames.key(unary.getExpression().toString().replaceFirst("^this\\.", "")));
                    }
                }
                for (MethodCallExpr inner : m.findAll(MethodCallExpr.class)) {
                    String innerName = inner.getNameAsString();
                    if (innerName.length() > 3 && innerName.startsWith("set") && Character.isUpperCase(innerName.charAt(3))) {
                        keys.add(SchemaNames.key(innerName.substring(3)));
                    } else if (depth < 2 && (inner.getScope().isEmpty() || inner.getScope().get() instanceof ThisExpr) && !innerName.equals(name)) {
                        assignedBy(type, innerName, keys, depth + 1);
                    }
                }
            }
        }
    }

    /** The column keys a write writes, and how, for messages. */
    private record Written(Set<String> columns, String how) {
    }

    private Optional<Written> written(ReadModifyWrite write, TypeDeclaration<?> type) {
        EntityInfo entity = write.entity();
        boolean dynamic = hasInChain(type, DYNAMIC_UPDATE, 0);
        if (write.kind() == ReadModifyWrite.WriteKind.DIRTY_CHECKING) {
            return dynamic || !entity.jpa() ? Optional.empty()
                    : Optional.of(new Written(columns(type, false), "JPA dirty checking without @DynamicUpdate writes every column"));
        }
        Location site = write.writeSteps().isEmpty() ? write.write() : write.writeSteps().get(write.writeSteps().size() - 1);
        Optional<DataLayer.Access> access = accessAt(site);
        if (access.isEmpty()) {
            return entity.jpa() && !dynamic && write.kind() == ReadModifyWrite.WriteKind.SAVE
                    ? Optional.of(new Written(columns(type, false), "a JPA write without @DynamicUpdate writes every column"))
                    : Optional.empty();
        }
        DataLayer.Access a = access.get();
        String operation = a.source() + "." + a.operation();
        if (a.statement() != null) {
            Set<String> assigned = new LinkedHashSet<>();
            for (SqlUpdates.Assignment assignment : SqlUpdates.assignments(a.statement())) {
                if (!assignment.atomic()) {
                    assigned.add(SchemaNames.key(assignment.column()));
                }
            }
            return assigned.isEmpty() ? Optional.empty()
                    : Optional.of(new Written(assigned, operation + " writes the columns of its SET list"));
        }
        if (write.kind() != ReadModifyWrite.WriteKind.SAVE) {
            return Optional.empty();
        }
        if (entity.jpa() && (a.repository() != null || a.source().equals("EntityManager") || a.source().equals("Session"))) {
            return dynamic ? Optional.empty()
                    : Optional.of(new Written(columns(type, false), operation + " without @DynamicUpdate writes every column"));
        }
        if (a.repository() != null || a.source().equals("MongoTemplate")) {
            return Optional.of(new Written(columns(type, false), operation + " replaces the whole row or document"));
        }
        if (a.operation().startsWith("update") || a.operation().startsWith("saveOrUpdate")) {
            // MyBatis(-Plus) by primary key without SQL in the sources: every non-null field, all of them on a row read first
            return Optional.of(new Written(columns(type, true), operation + " writes every non-null field, and a row read first has them all"));
        }
        return Optional.empty();
    }

    /** The data-layer write at {@code site}: the call that starts there. */
    private Optional<DataLayer.Access> accessAt(Location site) {
        ParsedFile file = byPath().get(site.file());
        if (file == null) {
            return Optional.empty();
        }
        for (MethodCallExpr call : file.calls()) {
            if (call.getRange().map(r -> r.begin.line == site.line() && r.begin.column == site.column()).orElse(false)) {
                Optional<DataLayer.Access> access = dataLayer.classify(call)
                        .filter(a -> a.kind() == DataLayer.Kind.SAVE || a.kind() == DataLayer.Kind.BULK_UPDATE);
                if (access.isPresent()) {
                    return access;
                }
            }
        }
        return Optional.empty();
    }

    private Map<Path, ParsedFile> byPath() {
        Map<Path, ParsedFile> index = byPath;
        if (index == null) {
            Map<Path, ParsedFile> built = new HashMap<>();
            for (ParsedFile file : files) {
                file.unit().getStorage().ifPresent(s -> built.put(s.getPath(), file));
                built.putIfAbsent(file.path(), file);
            }
            byPath = index = Map.copyOf(built);
        }
        return index;
    }

    /** The table an entity is stored in, under every name the sources may use for it. */
    private Set<String> tableKeys(String entity, TypeDeclaration<?> type) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(SchemaNames.key(type.getNameAsString()));
        keys.add(SchemaNames.key(mappings.mapping(entity).table()));
        Names.annotation(type, TABLE_NAME).flatMap(a -> AnnotationValues.string(a, "value")).ifPresent(t -> keys.add(SchemaNames.key(t)));
        Names.annotation(type, Frameworks.DOCUMENT)
                .flatMap(a -> AnnotationValues.string(a, "collection").or(() -> AnnotationValues.string(a, "value")))
                .ifPresent(t -> keys.add(SchemaNames.key(t)));
        keys.remove("");
        return keys;
    }

    /**
     * The keys of the columns a full write of {@code type} writes: persistent fields (property
     * and column name) up the superclasses of the sources, without identifiers, collections,
     * {@code @Column(updatable = false)} and, for MyBatis-Plus, fields it never updates.
     */
    private Set<String> columns(TypeDeclaration<?> type, boolean myBatisPlus) {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        TypeDeclaration<?> current = type;
        for (int depth = 0; current != null && depth < MAX_DEPTH && seen.add(current.getNameAsString()); depth++) {
            for (FieldDeclaration field : current.getFields()) {
                if (field.isStatic() || field.isTransient() || Names.hasAnnotation(field, Frameworks.TRANSIENT)
                        || Names.hasAnnotation(field, Frameworks.ID) || Names.hasAnnotation(field, TABLE_ID)
                        || Names.hasAnnotation(field, Frameworks.ONE_TO_MANY) || Names.hasAnnotation(field, Frameworks.MANY_TO_MANY)) {
                    continue;
                }
                Optional<AnnotationExpr> column = Names.annotation(field, Frameworks.JPA_COLUMN);
                if (column.flatMap(a -> AnnotationValues.attribute(a, "updatable")).map(e -> e.toString().equals("false")).orElse(false)) {
                    continue;
                }
                Optional<AnnotationExpr> tableField = Names.annotation(field, TABLE_FIELD);
                if (tableField.flatMap(a -> AnnotationValues.attribute(a, "exist")).map(e -> e.toString().equals("false")).orElse(false)
                        || myBatisPlus && tableField.flatMap(a -> AnnotationValues.enumName(a, "updateStrategy")).map("NEVER"::equals).orElse(false)) {
                    continue;
                }
                for (VariableDeclarator v : field.getVariables()) {
                    keys.add(SchemaNames.key(v.getNameAsString()));
                }
                column.flatMap(a -> AnnotationValues.string(a, "name"))
                        .or(() -> tableField.flatMap(a -> AnnotationValues.string(a, "value")))
                        .or(() -> Names.annotation(field, Frameworks.MONGO_FIELD).flatMap(a -> AnnotationValues.string(a, "value")))
                        .ifPresent(name -> keys.add(SchemaNames.key(name)));
            }
            current = superclass(current);
        }
        keys.remove("");
        return keys;
    }

    private boolean hasInChain(TypeDeclaration<?> type, Set<String> annotation, int depth) {
        if (Names.hasAnnotation(type, annotation)) {
            return true;
        }
        TypeDeclaration<?> parent = depth < MAX_DEPTH ? superclass(type) : null;
        return parent != null && hasInChain(parent, annotation, depth + 1);
    }

    private TypeDeclaration<?> superclass(TypeDeclaration<?> type) {
        if (type instanceof ClassOrInterfaceDeclaration cls && !cls.isInterface() && !cls.getExtendedTypes().isEmpty()) {
            return types.resolve(cls.getExtendedTypes(0).getNameWithScope(), cls).flatMap(types::sourceType).orElse(null);
        }
        return null;
    }
}
