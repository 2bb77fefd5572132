package io.github.raceguard.persistence;


import io.github.raceguard.types.AnnotationValues;
import io.github.raceguard.types.ClasspathIndex;
import io.github.raceguard.types.Frameworks;
import io.github.raceguard.types.Names;
import io.github.raceguard.types.TypeIndex;
import io.github.raceguard.types.TypeRef;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which columns of a persistent type the database keeps unique, and how its properties map to
 * table columns. From the mapping annotations — {@code @Id}, {@code @NaturalId},
 * {@code @Column(unique = true)}, {@code @JoinColumn(unique = true)},
 * {@code @Table(uniqueConstraints = .., indexes = @Index(unique = true))}, Mongo
 * {@code @Indexed(unique = true)} and {@code @CompoundIndex(unique = true)}, declared on the type
 * or inherited from its superclasses — and from the project's {@link Migrations}, matched by
 * table and column name ({@code @Table(name)}, {@code @Column(name)}, Spring's snake_case naming).
 */
public final class UniqueConstraints {

    /** A persistent property: its name, its column, and whether it is a to-one association. */
    public record Property(String name, String column, boolean association, TypeRef type) {
    }

    /**
     * A property a query compares, as the schema may name it.
     *
     * @param path    the property path as written ({@code email}, {@code user.id})
     * @param aliases the {@link SchemaNames#key keys} it goes by: property name and column name
     */
    public record Column(String path, Set<String> aliases) {
        public Column {
            aliases = Set.copyOf(aliases);
        }
    }

    /**
     * How a persistent type is stored.
     *
     * @param known      its declaration could be read completely; false for types neither in the
     *                   sources nor readable from the classpath (their keys are unknown, so nothing
     *                   is concluded about them)
     * @param table      its table (or collection) name
     * @param properties persistent properties by lower-case name
     * @param keys       unique keys the annotations declare
     * @param idColumns  the columns of its identifier ({@code @Id}, several for {@code @IdClass})
     * @param store      how it is stored, which decides how a unique key is declared
     */
    public record Mapping(String entity, boolean known, String table, Map<String, Property> properties, List<UniqueKey> keys,
                          Set<String> idColumns, Store store) {

        public Optional<Property> property(String name) {
            return Optional.ofNullable(properties.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    /** JPA entity, MongoDB document, or Spring Data JDBC / R2DBC aggregate. */
    public enum Store { JPA, DOCUMENT, RELATIONAL }

    private static final Pattern COMPOUND_FIELD = Pattern.compile("['\"]?([\\w.$]+)['\"]?\\s*:");

    private final TypeIndex types;
    private final Migrations migrations;
    private final io.github.raceguard.types.Memo<String, Mapping> cache = io.github.raceguard.types.Memo.byEquality();
    private volatile Map<String, List<String>> entitiesByTable;

    public UniqueConstraints(TypeIndex types, Migrations migrations) {
        this.types = types;
        this.migrations = migrations;
    }

    public Migrations migrations() {
        return migrations;
    }

    public Mapping mapping(String entity) {
        return cache.get(entity, this::read);
    }

    /**
     * The column a derived-query segment names: {@code EmailAddress} → {@code emailAddress},
     * {@code UserId} → the {@code user} association's join column, {@code Address_City} → a
     * nested property.
     */
    public Column column(String entity, String segment) {
        Mapping mapping = mapping(entity);
        String path = decapitalize(segment.replace("_", "."));
        if (segment.contains("_")) {
            String[] parts = segment.split("_");
            return nested(mapping, decapitalize(parts[0]), String.join("", java.util.Arrays.copyOfRange(parts, 1, parts.length)), path);
        }
        Optional<Property> exact = mapping.property(segment);
        if (exact.isPresent()) {
            return of(exact.get());
        }
        if (segment.equals("Id") && !mapping.idColumns().isEmpty()) {
            // findById / existsById: Spring Data's "Id" is the identifier, whatever its property is called
            return new Column("id", mapping.idColumns());
        }
        for (int i = segment.length() - 1; i > 0; i--) {
            if (Character.isUpperCase(segment.charAt(i))) {
                Optional<Property> prefix = mapping.property(segment.substring(0, i));
                if (prefix.isPresent()) {
                    return nested(mapping, prefix.get().name(), segment.substring(i), decapitalize(segment.substring(0, i)) + "." + decapitalize(segment.substring(i)));
                }
            }
        }
        return new Column(path, Set.of(SchemaNames.key(segment)));
    }

    /** A plain column of a table (SQL): it goes by its name only. */
    public static Column sqlColumn(String name) {
        return new Column(name, Set.of(SchemaNames.key(name)));
    }

    private Column nested(Mapping mapping, String head, String rest, String path) {
        Optional<Property> property = mapping.property(head);
        if (property.isPresent() && property.get().association() && rest.equalsIgnoreCase("id")) {
            return of(property.get());
        }
        return new Column(path, Set.of(SchemaNames.key(head + rest), SchemaNames.key(rest)));
    }

    private static Column of(Property property) {
        Set<String> aliases = new LinkedHashSet<>();
        aliases.add(SchemaNames.key(property.name()));
        aliases.add(SchemaNames.key(property.column()));
        return new Column(property.name(), aliases);
    }

    /** The unique key that keeps rows of {@code entity} unique on {@code columns}, if any. */
    public Optional<UniqueKey> protecting(String entity, List<Column> columns) {
        Mapping mapping = mapping(entity);
        List<Set<String>> checked = columns.stream().map(Column::aliases).toList();
        for (UniqueKey key : mapping.keys()) {
            if (key.covers(checked)) {
                return Optional.of(key);
            }
        }
        return migrations.keys(mapping.table()).stream().filter(k -> k.covers(checked)).findFirst();
    }

    /** The unique key that keeps rows of {@code table} unique on {@code columns}: migrations, then entities mapped to it. */
    public Optional<UniqueKey> protectingTable(String table, List<Column> columns) {
        List<Set<String>> checked = columns.stream().map(Column::aliases).toList();
        Optional<UniqueKey> migrated = migrations.keys(table).stream().filter(k -> k.covers(checked)).findFirst();
        if (migrated.isPresent()) {
            return migrated;
        }
        for (String entity : entitiesByTable().getOrDefault(SchemaNames.key(table), List.of())) {
            for (UniqueKey key : mapping(entity).keys()) {
                if (key.covers(checked)) {
                    return Optional.of(key);
                }
            }
        }
        return Optional.empty();
    }

    private Map<String, List<String>> entitiesByTable() {
        Map<String, List<String>> index = entitiesByTable;
        if (index == null) {
            Map<String, List<String>> built = new HashMap<>();
            for (TypeDeclaration<?> type : types.sourceTypes()) {
                if (Names.hasAnnotation(type, Frameworks.JPA_ENTITY) || Names.hasAnnotation(type, Frameworks.RELATIONAL_TABLE)) {
                    type.getFullyQualifiedName().ifPresent(fqn ->
                            built.computeIfAbsent(SchemaNames.key(mapping(fqn).table()), t -> new ArrayList<>()).add(fqn));
                }
            }
            entitiesByTable = index = Map.copyOf(built);
        }
        return index;
    }

    // ---- reading a mapping ----------------------------------------------------------------------

    private Mapping read(String entity) {
        Optional<TypeDeclaration<?>> source = types.sourceType(entity);
        if (source.isPresent()) {
            return readSource(entity, source.get());
        }
        Optional<ClasspathIndex.ClassFacts> compiled = types.classpath().find(entity);
        if (compiled.isPresent()) {
            return readCompiled(entity, compiled.get());
        }
        return new Mapping(entity, false, Names.simpleName(entity), Map.of(), List.of(), Set.of(), Store.JPA);
    }

    /** Collects properties and keys along the superclass chain. */
    private final class Collector {
        final Map<String, Property> properties = new LinkedHashMap<>();
        final List<UniqueKey> keys = new ArrayList<>();
        final Set<String> idColumns = new LinkedHashSet<>();
        final Set<String> naturalIdColumns = new LinkedHashSet<>();
        boolean complete = true;
        final String entityName;

        Collector(String entityName) {
            this.entityName = entityName;
        }

        void add(Property property) {
            properties.putIfAbsent(property.name().toLowerCase(Locale.ROOT), property);
        }

        List<UniqueKey> allKeys() {
            List<UniqueKey> all = new ArrayList<>(keys);
            if (!idColumns.isEmpty()) {
                all.add(new UniqueKey(idColumns, "the @Id of " + entityName));
            }
            if (!naturalIdColumns.isEmpty()) {
                all.add(new UniqueKey(naturalIdColumns, "the @NaturalId of " + entityName));
            }
            return all;
        }
    }

    private Mapping readSource(String entity, TypeDeclaration<?> type) {
        Collector collector = new Collector(type.getNameAsString());
        Set<String> seen = new HashSet<>();
        TypeDeclaration<?> current = type;
        String currentName = entity;
        while (current != null && seen.add(currentName)) {
            readSourceMembers(current, collector);
            readTypeKeys(current, collector);
            String superName = current instanceof ClassOrInterfaceDeclaration cls && !cls.isInterface() && !cls.getExtendedTypes().isEmpty()
                    ? types.resolve(cls.getExtendedTypes(0).getNameWithScope(), cls).orElse(null) : null;
            if (superName == null) {
                break;
            }
            Optional<String> panache = Names.qualify(cls(current).getExtendedTypes(0).getNameWithScope(), current, Frameworks.PANACHE_ENTITY_BASES)
                    .filter(b -> b.equals(superName) || !superName.contains("."));
            if (panache.isPresent()) {
                // Quarkus Panache's base: PanacheEntity maps the generated id, PanacheEntityBase nothing
                if (panache.get().endsWith(".PanacheEntity")) {
                    collector.add(new Property("id", "id", false, null));
                    collector.idColumns.add(SchemaNames.key("id"));
                }
                break;
            }
            Optional<TypeDeclaration<?>> superSource = types.sourceType(superName);
            if (superSource.isPresent()) {
                current = superSource.get();
                currentName = superName;
            } else {
                readCompiledChain(superName, collector, seen);
                break;
            }
        }
        Store store = Names.hasAnnotation(type, Frameworks.DOCUMENT) ? Store.DOCUMENT
                : !Names.hasAnnotation(type, Frameworks.JPA_ENTITY) && Names.hasAnnotation(type, Frameworks.RELATIONAL_TABLE) ? Store.RELATIONAL
                : Store.JPA;
        return new Mapping(entity, collector.complete, tableOf(entity, type, new HashSet<>()), Map.copyOf(collector.properties),
                List.copyOf(collector.allKeys()), Set.copyOf(collector.idColumns), store);
    }

    private static ClassOrInterfaceDeclaration cls(TypeDeclaration<?> type) {
        return (ClassOrInterfaceDeclaration) type;
    }

    /**
     * Persistent properties of one class. Annotated getters come first: with property access
     * (JPA's {@code @Id} on a getter) the getter's mapping annotations are the ones that count.
     */
    private void readSourceMembers(TypeDeclaration<?> type, Collector collector) {
        for (MethodDeclaration getter : type.getMethods()) {
            String name = getter.getNameAsString();
            if (getter.getParameters().isEmpty() && !getter.isStatic() && !getter.getAnnotations().isEmpty()
                    && !Names.hasAnnotation(getter, Frameworks.TRANSIENT)
                    && (name.startsWith("get") && name.length() > 3 || name.startsWith("is") && name.length() > 2)) {
                member(decapitalize(name.substring(name.startsWith("get") ? 3 : 2)), getter, getter.getType(), collector);
            }
        }
        for (FieldDeclaration field : type.getFields()) {
            if (field.isStatic() || field.isTransient() || Names.hasAnnotation(field, Frameworks.TRANSIENT)) {
                continue;
            }
            for (VariableDeclarator variable : field.getVariables()) {
                member(variable.getNameAsString(), field, variable.getType(), collector);
            }
        }
        if (type instanceof RecordDeclaration record) {
            for (Parameter component : record.getParameters()) {
                member(component.getNameAsString(), component, component.getType(), collector);
            }
        }
    }

    private <N extends com.github.javaparser.ast.Node & NodeWithAnnotations<N>> void member(String name, N node, Type type, Collector collector) {
        Optional<AnnotationExpr> column = Names.annotation(node, Frameworks.JPA_COLUMN);
        Optional<AnnotationExpr> joinColumn = Names.annotation(node, Frameworks.JPA_JOIN_COLUMN);
        Optional<AnnotationExpr> otherColumn = Names.annotation(node, Frameworks.RELATIONAL_COLUMN)
                .or(() -> Names.annotation(node, Frameworks.MONGO_FIELD));
        boolean association = Names.hasAnnotation(node, Frameworks.TO_ONE);
        String columnName = column.flatMap(a -> AnnotationValues.string(a, "name"))
                .or(() -> joinColumn.flatMap(a -> AnnotationValues.string(a, "name")))
                .or(() -> otherColumn.flatMap(a -> AnnotationValues.string(a, "value").or(() -> AnnotationValues.string(a, "name"))))
                .filter(s -> !s.isBlank())
                .orElse(association ? name + "_id" : name);
        Property property = new Property(name, columnName, association, types.typeRef(type, node));
        if (collector.properties.containsKey(name.toLowerCase(Locale.ROOT))) {
            return;
        }
        collector.add(property);
        String key = SchemaNames.key(columnName);
        String where = collector.entityName + "." + name;
        if (Names.hasAnnotation(node, Frameworks.ID)) {
            collector.idColumns.add(key);
        }
        if (Names.hasAnnotation(node, Frameworks.NATURAL_ID)) {
            collector.naturalIdColumns.add(key);
        }
        if (column.map(a -> AnnotationValues.bool(a, "unique")).orElse(false)) {
            collector.keys.add(new UniqueKey(Set.of(key), "@Column(unique = true) on " + where));
        }
        if (joinColumn.map(a -> AnnotationValues.bool(a, "unique")).orElse(false)) {
            collector.keys.add(new UniqueKey(Set.of(key), "@JoinColumn(unique = true) on " + where));
        }
        Names.annotation(node, Frameworks.MONGO_INDEXED).filter(a -> AnnotationValues.bool(a, "unique"))
                .ifPresent(a -> collector.keys.add(new UniqueKey(Set.of(key), "@Indexed(unique = true) on " + where)));
    }

    /** {@code @Table(uniqueConstraints, indexes)}, {@code @CompoundIndex(es)} on the type. */
    private void readTypeKeys(TypeDeclaration<?> type, Collector collector) {
        String owner = type.getNameAsString();
        Names.annotation(type, Frameworks.JPA_TABLE).ifPresent(table -> {
            for (Expression constraint : elements(AnnotationValues.attribute(table, "uniqueConstraints"))) {
                if (constraint instanceof AnnotationExpr unique) {
                    List<String> columns = strings(AnnotationValues.attribute(unique, "columnNames"));
                    addKey(collector, columns, "@UniqueConstraint(columnNames = " + columns + ") on " + owner);
                }
            }
            for (Expression index : elements(AnnotationValues.attribute(table, "indexes"))) {
                if (index instanceof AnnotationExpr idx && AnnotationValues.bool(idx, "unique")) {
                    String list = AnnotationValues.string(idx, "columnList").orElse("");
                    addKey(collector, SqlDdl.columns(list), "@Index(columnList = \"" + list + "\", unique = true) on " + owner);
                }
            }
        });
        for (List<String> columns : MicronautData.uniqueIndexes(type)) {
            addKey(collector, columns, "@Index(columns = " + columns + ", unique = true) on " + owner);
        }
        List<AnnotationExpr> compound = new ArrayList<>();
        Names.annotation(type, Frameworks.MONGO_COMPOUND_INDEX).ifPresent(compound::add);
        Names.annotation(type, Frameworks.MONGO_COMPOUND_INDEXES).ifPresent(all -> {
            for (Expression e : elements(AnnotationValues.attribute(all, "value"))) {
                if (e instanceof AnnotationExpr a) {
                    compound.add(a);
                }
            }
        });
        for (AnnotationExpr index : compound) {
            if (AnnotationValues.bool(index, "unique")) {
                String def = AnnotationValues.string(index, "def").orElse("");
                List<String> fields = new ArrayList<>();
                Matcher m = COMPOUND_FIELD.matcher(def);
                while (m.find()) {
                    fields.add(m.group(1));
                }
                addKey(collector, fields, "@CompoundIndex(def = \"" + def + "\", unique = true) on " + owner);
            }
        }
    }

    /** Column names of a key written in an annotation: column names, or property names the mapping resolves. */
    private static void addKey(Collector collector, List<String> names, String description) {
        Set<String> columns = new LinkedHashSet<>();
        for (String name : names) {
            Property property = collector.properties.get(name.toLowerCase(Locale.ROOT));
            columns.add(SchemaNames.key(property != null ? property.column() : name));
        }
        columns.remove("");
        if (!columns.isEmpty()) {
            collector.keys.add(new UniqueKey(columns, description));
        }
    }

    private static List<Expression> elements(Optional<Expression> value) {
        if (value.isEmpty()) {
            return List.of();
        }
        return value.get() instanceof ArrayInitializerExpr array ? array.getValues() : List.of(value.get());
    }

    private static List<String> strings(Optional<Expression> value) {
        return elements(value).stream().map(AnnotationValues::stringValue).toList();
    }

    /** The table of a source entity: {@code @Table(name)}, else {@code @Entity(name)}, else the single-table root's, else the class name. */
    private String tableOf(String entity, TypeDeclaration<?> type, Set<String> seen) {
        Optional<String> table = Names.annotation(type, Frameworks.JPA_TABLE).flatMap(a -> AnnotationValues.string(a, "name"))
                .or(() -> Names.annotation(type, Frameworks.RELATIONAL_TABLE)
                        .flatMap(a -> AnnotationValues.string(a, "value").or(() -> AnnotationValues.string(a, "name"))))
                .filter(s -> !s.isBlank());
        if (table.isPresent()) {
            return table.get();
        }
        if (seen.add(entity) && type instanceof ClassOrInterfaceDeclaration cls && !cls.getExtendedTypes().isEmpty()) {
            Optional<String> superName = types.resolve(cls.getExtendedTypes(0).getNameWithScope(), cls);
            Optional<TypeDeclaration<?>> parent = superName.flatMap(types::sourceType);
            if (parent.isPresent() && Names.hasAnnotation(parent.get(), Frameworks.JPA_ENTITY) && isSingleTable(parent.get())) {
                return tableOf(superName.get(), parent.get(), seen);
            }
        }
        return Names.annotation(type, Frameworks.JPA_ENTITY).flatMap(a -> AnnotationValues.string(a, "name"))
                .filter(s -> !s.isBlank()).orElse(type.getNameAsString());
    }

    private static boolean isSingleTable(TypeDeclaration<?> root) {
        return Names.annotation(root, Frameworks.JPA_INHERITANCE)
                .flatMap(a -> AnnotationValues.enumName(a, "strategy"))
                .map(s -> s.equals("SINGLE_TABLE")).orElse(true);
    }

    // ---- compiled types (another module, a library base class) -----------------------------------

    private Mapping readCompiled(String entity, ClasspathIndex.ClassFacts facts) {
        Collector collector = new Collector(Names.simpleName(entity));
        readCompiledChain(entity, collector, new HashSet<>());
        Store store = facts.annotations().stream().anyMatch(Frameworks.DOCUMENT::contains) ? Store.DOCUMENT : Store.JPA;
        return new Mapping(entity, collector.complete, Names.simpleName(entity), Map.copyOf(collector.properties),
                List.copyOf(collector.allKeys()), Set.copyOf(collector.idColumns), store);
    }

    /**
     * Field annotations of compiled classes carry their values; type annotations only their names.
     * A compiled type with {@code @Table}, {@code @Entity(name)} or compound indexes therefore
     * cannot be read completely: its table or its keys stay unknown.
     */
    private void readCompiledChain(String name, Collector collector, Set<String> seen) {
        for (String current = name; current != null && !current.equals("java.lang.Object") && seen.add(current); ) {
            Optional<ClasspathIndex.ClassFacts> compiled = types.classpath().find(current);
            if (compiled.isEmpty()) {
                collector.complete = false;
                return;
            }
            ClasspathIndex.ClassFacts facts = compiled.get();
            if (facts.annotations().stream().anyMatch(a -> Frameworks.JPA_TABLE.contains(a) || Frameworks.RELATIONAL_TABLE.contains(a)
                    || Frameworks.MONGO_COMPOUND_INDEX.contains(a) || Frameworks.MONGO_COMPOUND_INDEXES.contains(a)
                    || Frameworks.JPA_ENTITY.contains(a))) {
                collector.complete = false;
            }
            for (ClasspathIndex.MemberFacts field : facts.fields()) {
                if (field.has(Frameworks.TRANSIENT)) {
                    continue;
                }
                boolean association = field.has(Frameworks.TO_ONE);
                Optional<Map<String, String>> column = field.annotation(Frameworks.JPA_COLUMN);
                Optional<Map<String, String>> joinColumn = field.annotation(Frameworks.JPA_JOIN_COLUMN);
                String columnName = column.map(v -> v.get("name")).or(() -> joinColumn.map(v -> v.get("name")))
                        .filter(s -> s != null && !s.isBlank()).orElse(association ? field.name() + "_id" : field.name());
                if (collector.properties.containsKey(field.name().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                collector.add(new Property(field.name(), columnName, association, null));
                String key = SchemaNames.key(columnName);
                String where = Names.simpleName(current) + "." + field.name();
                if (field.has(Frameworks.ID)) {
                    collector.idColumns.add(key);
                }
                if (field.has(Frameworks.NATURAL_ID)) {
                    collector.naturalIdColumns.add(key);
                }
                if (column.map(v -> "true".equals(v.get("unique"))).orElse(false)
                        || joinColumn.map(v -> "true".equals(v.get("unique"))).orElse(false)
                        || field.annotation(Frameworks.MONGO_INDEXED).map(v -> "true".equals(v.get("unique"))).orElse(false)) {
                    collector.keys.add(new UniqueKey(Set.of(key), "unique column " + where));
                }
            }
            current = facts.superclass() == null ? null : facts.superclass().name();
        }
    }

    static String decapitalize(String name) {
        if (name.isEmpty() || name.length() > 1 && Character.isUpperCase(name.charAt(1)) && Character.isUpperCase(name.charAt(0))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
