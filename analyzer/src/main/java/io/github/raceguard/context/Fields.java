package io.github.raceguard.context;


import io.github.raceguard.types.Names;
import io.github.raceguard.types.TypeIndex;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which field an expression denotes ({@code count}, {@code this.count}, {@code Registry.ENTRIES})
 * and what the field's type promises under concurrent use ({@link FieldInfo.Kind}). A field
 * declared with an interface type ({@code Map}, {@code List}) is judged by what the class assigns
 * to it: {@code new HashMap<>()} is mutable, {@code new ConcurrentHashMap<>()} a concurrent map,
 * a constructor parameter unknown (an injected dependency). Names are matched through imports and,
 * without a classpath, by simple name.
 */
public final class Fields {

    private static final Set<String> INJECTION = Set.of(
            "org.springframework.beans.factory.annotation.Autowired", "org.springframework.beans.factory.annotation.Value",
            "jakarta.inject.Inject", "javax.inject.Inject", "jakarta.annotation.Resource", "javax.annotation.Resource",
            "jakarta.persistence.PersistenceContext", "javax.persistence.PersistenceContext",
            "jakarta.persistence.PersistenceUnit", "javax.persistence.PersistenceUnit",
            "jakarta.ejb.EJB", "javax.ejb.EJB");

    static final Set<String> MUTABLE = Set.of(
            "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.WeakHashMap",
            "java.util.IdentityHashMap", "java.util.EnumMap", "java.util.ArrayList", "java.util.LinkedList",
            "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet", "java.util.EnumSet",
            "java.util.ArrayDeque", "java.util.PriorityQueue", "java.util.BitSet", "java.lang.StringBuilder",
            "com.google.common.collect.HashMultimap", "com.google.common.collect.ArrayListMultimap",
            "com.google.common.collect.LinkedHashMultimap", "com.google.common.collect.LinkedListMultimap",
            "com.google.common.collect.HashMultiset", "com.google.common.collect.HashBasedTable",
            "com.google.common.collect.HashBiMap", "com.google.common.collect.TreeMultimap");

    static final Set<String> STATEFUL = Set.of(
            "java.text.SimpleDateFormat", "java.text.DateFormat", "java.text.NumberFormat", "java.text.DecimalFormat",
            "java.text.MessageFormat", "java.text.ChoiceFormat", "java.util.Calendar", "java.util.GregorianCalendar",
            "java.security.MessageDigest", "java.security.Signature", "javax.crypto.Cipher", "javax.crypto.Mac",
            "javax.xml.parsers.DocumentBuilder", "javax.xml.parsers.SAXParser", "javax.xml.transform.Transformer",
            "javax.xml.xpath.XPath", "jakarta.xml.bind.Marshaller", "jakarta.xml.bind.Unmarshaller",
            "javax.xml.bind.Marshaller", "javax.xml.bind.Unmarshaller", "java.util.regex.Matcher");

    static final Set<String> CONCURRENT_MAP = Set.of(
            "java.util.concurrent.ConcurrentHashMap", "java.util.concurrent.ConcurrentMap",
            "java.util.concurrent.ConcurrentSkipListMap", "java.util.concurrent.ConcurrentNavigableMap",
            "java.util.Hashtable");

    static final Set<String> CACHE = Set.of(
            "com.github.benmanes.caffeine.cache.Cache", "com.github.benmanes.caffeine.cache.LoadingCache",
            "com.google.common.cache.Cache", "com.google.common.cache.LoadingCache",
            "org.springframework.cache.Cache", "javax.cache.Cache");

    static final Set<String> ATOMIC = Set.of(
            "java.util.concurrent.atomic.AtomicInteger", "java.util.concurrent.atomic.AtomicLong",
            "java.util.concurrent.atomic.AtomicBoolean", "java.util.concurrent.atomic.AtomicReference",
            "java.util.concurrent.atomic.LongAdder", "java.util.concurrent.atomic.DoubleAdder",
            "java.util.concurrent.atomic.LongAccumulator", "java.util.concurrent.atomic.DoubleAccumulator");

    static final Set<String> THREAD_SAFE = Set.of(
            "java.util.concurrent.CopyOnWriteArrayList", "java.util.concurrent.CopyOnWriteArraySet",
            "java.util.concurrent.ConcurrentLinkedQueue", "java.util.concurrent.ConcurrentLinkedDeque",
            "java.util.concurrent.ConcurrentSkipListSet", "java.util.concurrent.LinkedBlockingQueue",
            "java.util.concurrent.LinkedBlockingDeque", "java.util.concurrent.ArrayBlockingQueue",
            "java.util.concurrent.PriorityBlockingQueue", "java.util.concurrent.DelayQueue",
            "java.util.concurrent.BlockingQueue", "java.util.concurrent.BlockingDeque",
            "java.util.concurrent.atomic.AtomicIntegerArray", "java.util.concurrent.atomic.AtomicLongArray",
            "java.util.concurrent.atomic.AtomicReferenceArray", "java.lang.ThreadLocal", "java.lang.InheritableThreadLocal",
            "java.lang.StringBuffer", "java.util.Vector", "java.util.Stack", "java.util.Properties",
            "java.time.format.DateTimeFormatter", "com.github.benmanes.caffeine.cache.AsyncCache",
            "com.github.benmanes.caffeine.cache.AsyncLoadingCache");

    /** Declared types that say nothing about the object: the assigned values decide. */
    static final Set<String> ABSTRACT_CONTAINERS = Set.of(
            "java.util.Map", "java.util.SortedMap", "java.util.NavigableMap", "java.util.AbstractMap",
            "java.util.List", "java.util.Set", "java.util.SortedSet", "java.util.NavigableSet", "java.util.Collection",
            "java.util.Queue", "java.util.Deque", "java.lang.Iterable", "java.lang.CharSequence", "java.lang.Object",
            "com.google.common.collect.Multimap", "com.google.common.collect.SetMultimap",
            "com.google.common.collect.ListMultimap", "com.google.common.collect.Multiset",
            "com.google.common.collect.Table", "com.google.common.collect.BiMap");

    /** Factory methods by {@code Owner.method}, for fields whose declared type is an interface. */
    private static final Map<String, FieldInfo.Kind> FACTORIES = factories();

    private final TypeIndex types;
    private final Map<VariableDeclarator, FieldInfo> infos = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<TypeDeclaration<?>, Map<String, Optional<VariableDeclarator>>> declaredByType =
            Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<TypeDeclaration<?>, Map<VariableDeclarator, List<Expression>>> assignedValues =
            Collections.synchronizedMap(new IdentityHashMap<>());

    public Fields(TypeIndex types) {
        this.types = types;
    }

    private static Map<String, FieldInfo.Kind> factories() {
        Map<String, FieldInfo.Kind> m = new HashMap<>();
        for (String s : List.of("Collections.synchronizedMap", "Collections.synchronizedSortedMap",
                "Collections.synchronizedNavigableMap", "Maps.newConcurrentMap")) {
            m.put(s, FieldInfo.Kind.CONCURRENT_MAP);
        }
        for (String s : List.of("Collections.synchronizedList", "Collections.synchronizedSet", "Collections.synchronizedCollection",
                "Collections.synchronizedSortedSet", "Collections.synchronizedNavigableSet", "Sets.newConcurrentHashSet",
                "ConcurrentHashMap.newKeySet", "Collections.newSetFromMap")) {
            m.put(s, FieldInfo.Kind.THREAD_SAFE);
        }
        for (String s : List.of("Maps.newHashMap", "Maps.newLinkedHashMap", "Maps.newTreeMap", "Maps.newIdentityHashMap",
                "Maps.newEnumMap", "Maps.newHashMapWithExpectedSize", "Maps.newLinkedHashMapWithExpectedSize",
                "Lists.newArrayList", "Lists.newLinkedList", "Lists.newArrayListWithCapacity",
                "Lists.newArrayListWithExpectedSize", "Sets.newHashSet", "Sets.newLinkedHashSet", "Sets.newTreeSet",
                "Sets.newHashSetWithExpectedSize", "Arrays.asList", "EnumSet.noneOf", "EnumSet.allOf", "EnumSet.of",
                "EnumSet.copyOf", "EnumSet.range", "HashMultimap.create", "ArrayListMultimap.create",
                "LinkedHashMultimap.create", "LinkedListMultimap.create", "HashMultiset.create", "HashBasedTable.create",
                "HashBiMap.create", "TreeMultimap.create")) {
            m.put(s, FieldInfo.Kind.MUTABLE);
        }
        for (String s : List.of("List.of", "List.copyOf", "Set.of", "Set.copyOf", "Map.of", "Map.copyOf", "Map.ofEntries",
                "Collections.unmodifiableMap", "Collections.unmodifiableList", "Collections.unmodifiableSet",
                "Collections.unmodifiableCollection", "Collections.unmodifiableSortedMap", "Collections.unmodifiableSortedSet",
                "Collections.unmodifiableNavigableMap", "Collections.unmodifiableNavigableSet", "Collections.emptyMap",
                "Collections.emptyList", "Collections.emptySet", "Collections.singletonList", "Collections.singleton",
                "Collections.singletonMap", "ImmutableMap.of", "ImmutableMap.copyOf", "ImmutableList.of",
                "ImmutableList.copyOf", "ImmutableSet.of", "ImmutableSet.copyOf")) {
            m.put(s, FieldInfo.Kind.THREAD_SAFE);
        }
        return Map.copyOf(m);
    }

    /** True when {@code written} (a type name as resolved or written) is one of {@code fqns}. */
    static boolean isOneOf(String written, Collection<String> fqns) {
        if (written.contains(".")) {
            return fqns.contains(written);
        }
        for (String fqn : fqns) {
            if (Names.simpleName(fqn).equals(written)) {
                return true;
            }
        }
        return false;
    }

    /** The kind a type name stands for, or null when the type says nothing (an interface, an unknown class). */
    static FieldInfo.Kind kindOfType(String name) {
        if (isOneOf(name, MUTABLE)) {
            return FieldInfo.Kind.MUTABLE;
        }
        if (isOneOf(name, STATEFUL)) {
            return FieldInfo.Kind.STATEFUL;
        }
        if (isOneOf(name, CONCURRENT_MAP)) {
            return FieldInfo.Kind.CONCURRENT_MAP;
        }
        if (isOneOf(name, CACHE)) {
            return FieldInfo.Kind.CACHE;
        }
        if (isOneOf(name, ATOMIC)) {
            return FieldInfo.Kind.ATOMIC;
        }
        if (isOneOf(name, THREAD_SAFE) || name.startsWith("java.util.concurrent.")
                || name.startsWith("com.google.common.collect.Immutable") || name.startsWith("Immutable")) {
            return FieldInfo.Kind.THREAD_SAFE;
        }
        return null;
    }

    // ---- resolution --------------------------------------------------------------------------

    /**
     * The field {@code expression} denotes: a simple name not shadowed by a local variable or
     * parameter, {@code this.name} / {@code Outer.this.name}, or {@code Type.NAME} of a source type.
     */
    public Optional<FieldInfo> resolve(Expression expression) {
        Expression e = unwrap(expression);
        if (e instanceof NameExpr name) {
            return fieldInScope(name.getNameAsString(), name).map(this::info);
        }
        if (e instanceof FieldAccessExpr access) {
            Expression scope = access.getScope();
            if (scope instanceof ThisExpr self) {
                Optional<TypeDeclaration<?>> type = self.getTypeName().isPresent()
                        ? outerNamed(access, self.getTypeName().get().getIdentifier())
                        : access.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
                if (self.getTypeName().isEmpty() && insideAnonymousBody(access)) {
                    return Optional.empty(); // this.x inside an anonymous class: its own field
                }
                return type.flatMap(t -> declared(t, access.getNameAsString(), 0)).map(this::info);
            }
            boolean variable = scope instanceof NameExpr n
                    && (isLocal(n.getNameAsString(), n) || fieldInScope(n.getNameAsString(), n).isPresent());
            if (looksLikeTypeName(scope) && !variable) {
                return types.resolve(scope.toString(), access).flatMap(types::sourceType)
                        .flatMap(t -> declared(t, access.getNameAsString(), 0))
                        .map(this::info)
                        .filter(FieldInfo::isStatic);
            }
        }
        return Optional.empty();
    }

    /** Field {@code name} of {@code type} (declared or inherited from a source superclass). */
    public Optional<FieldInfo> named(TypeDeclaration<?> type, String name) {
        return declared(type, name, 0).map(this::info);
    }

    public TypeIndex types() {
        return types;
    }

    /** Value types whose instances never change once built: computing one twice gives equal, safely published values. */
    private static final Set<String> IMMUTABLE_VALUES = Set.of("java.lang.String", "java.lang.Integer", "java.lang.Long",
            "java.lang.Short", "java.lang.Byte", "java.lang.Character", "java.lang.Boolean", "java.lang.Double",
            "java.lang.Float", "java.math.BigDecimal", "java.math.BigInteger", "java.time.Duration", "java.time.Instant",
            "java.time.LocalDate", "java.time.LocalDateTime", "java.time.ZoneId", "java.util.Locale", "java.util.UUID",
            "java.util.regex.Pattern", "java.nio.charset.Charset");

    /**
     * True when {@code field} holds an immutable value: a primitive, a string, a boxed primitive,
     * {@code BigDecimal}, a {@code java.time} value, an enum (of the sources or the classpath).
     * A racy lazy initialization of such a field at worst computes the same value twice.
     */
    public boolean holdsImmutableValue(FieldInfo field) {
        Type type = field.variable().getType();
        if (type.isPrimitiveType()) {
            return true;
        }
        if (!type.isClassOrInterfaceType()) {
            return false;
        }
        String written = type.asClassOrInterfaceType().getNameWithScope();
        String fqn = types.resolve(written, field.variable()).orElse(written.contains(".") ? written : "java.lang." + written);
        if (IMMUTABLE_VALUES.contains(fqn)) {
            return true;
        }
        Optional<TypeDeclaration<?>> source = types.sourceType(fqn);
        if (source.isPresent()) {
            return source.get() instanceof com.github.javaparser.ast.body.EnumDeclaration;
        }
        return types.classpath().find(fqn).map(f -> f.superclass() != null && f.superclass().name().equals("java.lang.Enum"))
                .orElse(false);
    }

    /** The facts of a declared field. */
    public FieldInfo info(VariableDeclarator variable) {
        FieldInfo known = infos.get(variable);
        if (known != null) {
            return known;
        }
        FieldInfo computed = compute(variable);
        infos.put(variable, computed);
        return computed;
    }

    public static Expression unwrap(Expression e) {
        while (e instanceof EnclosedExpr || e instanceof CastExpr) {
            e = e instanceof EnclosedExpr enclosed ? enclosed.getInner() : ((CastExpr) e).getExpression();
        }
        return e;
    }

    private static boolean looksLikeTypeName(Expression scope) {
        if (scope instanceof NameExpr n) {
            return Character.isUpperCase(n.getNameAsString().charAt(0));
        }
        if (scope instanceof FieldAccessExpr f) {
            return Character.isUpperCase(f.getNameAsString().charAt(0)) && isQualifiedName(f.getScope());
        }
        return false;
    }

    private static boolean isQualifiedName(Expression e) {
        return e instanceof NameExpr || e instanceof FieldAccessExpr f && isQualifiedName(f.getScope());
    }

    private static boolean insideAnonymousBody(Node node) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?>) {
                return false;
            }
            if (n instanceof BodyDeclaration<?> && n.getParentNode().orElse(null) instanceof ObjectCreationExpr) {
                return true;
            }
        }
        return false;
    }

    private static Optional<TypeDeclaration<?>> outerNamed(Node node, String name) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> t && t.getNameAsString().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The field a simple name refers to at {@code at}: the nearest enclosing type declaring (or inheriting) it, unless a local shadows it. */
    private Optional<VariableDeclarator> fieldInScope(String name, Node at) {
        Node child = at;
        for (Node n = at.getParentNode().orElse(null); n != null; child = n, n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type) {
                Optional<VariableDeclarator> field = declared(type, name, 0);
                if (field.isPresent()) {
                    return field;
                }
            } else if (n instanceof ObjectCreationExpr creation && child instanceof BodyDeclaration<?>) {
                if (creation.getAnonymousClassBody().isPresent() && ownField(creation.getAnonymousClassBody().get(), name)) {
                    return Optional.empty();
                }
            } else if (declaresLocal(n, child, name)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** True when {@code name} at {@code at} is a local variable or parameter. */
    boolean isLocal(String name, Node at) {
        Node child = at;
        for (Node n = at.getParentNode().orElse(null); n != null; child = n, n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?>) {
                return false;
            }
            if (declaresLocal(n, child, name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean ownField(NodeList<BodyDeclaration<?>> members, String name) {
        for (BodyDeclaration<?> member : members) {
            if (member instanceof FieldDeclaration field
                    && field.getVariables().stream().anyMatch(v -> v.getNameAsString().equals(name))) {
                return true;
            }
        }
        return false;
    }

    /** True when scope node {@code n} declares a local or parameter {@code name} visible to {@code child}. */
    private static boolean declaresLocal(Node n, Node child, String name) {
        if (n instanceof BlockStmt block) {
            return declaredBefore(block.getStatements(), child, name);
        }
        if (n instanceof SwitchEntry entry) {
            return declaredBefore(entry.getStatements(), child, name);
        }
        if (n instanceof LambdaExpr lambda) {
            return hasParameter(lambda.getParameters(), name);
        }
        if (n instanceof CallableDeclaration<?> callable) {
            return hasParameter(callable.getParameters(), name);
        }
        if (n instanceof ForEachStmt forEach) {
            return declares(forEach.getVariable(), name);
        }
        if (n instanceof ForStmt forStmt) {
            return forStmt.getInitialization().stream().anyMatch(e -> e instanceof VariableDeclarationExpr v && declares(v, name));
        }
        if (n instanceof TryStmt tryStmt) {
            return tryStmt.getResources().stream().anyMatch(e -> e instanceof VariableDeclarationExpr v && declares(v, name));
        }
        if (n instanceof CatchClause catchClause) {
            return catchClause.getParameter().getNameAsString().equals(name);
        }
        return false;
    }

    private static boolean declaredBefore(NodeList<Statement> statements, Node child, String name) {
        for (Statement statement : statements) {
            if (statement == child) {
                return false;
            }
            if (statement.isExpressionStmt() && statement.asExpressionStmt().getExpression() instanceof VariableDeclarationExpr v
                    && declares(v, name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean declares(VariableDeclarationExpr declaration, String name) {
        return declaration.getVariables().stream().anyMatch(v -> v.getNameAsString().equals(name));
    }

    private static boolean hasParameter(NodeList<Parameter> parameters, String name) {
        return parameters.stream().anyMatch(p -> p.getNameAsString().equals(name));
    }

    /** Field {@code name} declared by {@code type} or inherited from a source superclass (cached: most lookups miss). */
    private Optional<VariableDeclarator> declared(TypeDeclaration<?> type, String name, int depth) {
        Map<String, Optional<VariableDeclarator>> byName = declaredByType.computeIfAbsent(type, t -> new ConcurrentHashMap<>());
        Optional<VariableDeclarator> known = byName.get(name);
        if (known == null) {
            known = lookUp(type, name, depth);
            byName.put(name, known);
        }
        return known;
    }

    private Optional<VariableDeclarator> lookUp(TypeDeclaration<?> type, String name, int depth) {
        for (FieldDeclaration field : type.getFields()) {
            for (VariableDeclarator v : field.getVariables()) {
                if (v.getNameAsString().equals(name)) {
                    return Optional.of(v);
                }
            }
        }
        if (depth < 8 && type instanceof ClassOrInterfaceDeclaration cls) {
            List<ClassOrInterfaceType> supertypes = new ArrayList<>(cls.getExtendedTypes());
            supertypes.addAll(cls.getImplementedTypes()); // interface constants
            for (ClassOrInterfaceType supertype : supertypes) {
                Optional<VariableDeclarator> inherited = types.resolve(supertype.getNameWithScope(), cls)
                        .flatMap(types::sourceType)
                        .filter(parent -> parent != type)
                        .flatMap(parent -> declared(parent, name, depth + 1));
                if (inherited.isPresent()) {
                    return inherited;
                }
            }
        }
        return Optional.empty();
    }

    // ---- classification ---------------------------------------------------------------------

    private FieldInfo compute(VariableDeclarator variable) {
        FieldDeclaration declaration = (FieldDeclaration) variable.getParentNode().orElseThrow();
        TypeDeclaration<?> owner = (TypeDeclaration<?>) declaration.getParentNode().orElseThrow();
        boolean constant = owner instanceof ClassOrInterfaceDeclaration cls && cls.isInterface();
        boolean injected = Names.hasAnnotation(declaration, INJECTION);
        Type type = variable.getType();
        FieldInfo.Kind kind;
        String typeName;
        if (type instanceof ArrayType) {
            kind = FieldInfo.Kind.MUTABLE;
            typeName = type.asString();
        } else {
            String declared = types.typeRef(type, variable).name();
            FieldInfo.Kind byType = kindOfType(declared);
            typeName = Names.simpleName(declared);
            if (byType != null) {
                kind = byType;
            } else if (isOneOf(declared, ABSTRACT_CONTAINERS)) {
                Assigned assigned = kindOfValues(owner, variable);
                kind = assigned.kind;
                typeName = assigned.typeName != null ? assigned.typeName : typeName;
            } else {
                kind = FieldInfo.Kind.VALUE;
            }
        }
        return new FieldInfo(variable, owner, declaration.isStatic() || constant, declaration.isFinal() || constant,
                declaration.isVolatile(), injected, kind, typeName);
    }

    private record Assigned(FieldInfo.Kind kind, String typeName) {
    }

    /** The kind of what the owner assigns to a field declared as {@code Map}, {@code List} ...: mutable wins, unknown without a creation. */
    private Assigned kindOfValues(TypeDeclaration<?> owner, VariableDeclarator variable) {
        List<Expression> values = new ArrayList<>();
        variable.getInitializer().ifPresent(values::add);
        values.addAll(assignedValues(owner).getOrDefault(variable, List.of()));
        Assigned result = null;
        for (Expression value : values) {
            Assigned k = kindOfValue(value);
            if (k == null) {
                continue;
            }
            if (k.kind == FieldInfo.Kind.MUTABLE || k.kind == FieldInfo.Kind.STATEFUL) {
                return k;
            }
            if (result == null || result.kind != k.kind) {
                result = result == null ? k : new Assigned(FieldInfo.Kind.THREAD_SAFE, null);
            }
        }
        return result != null ? result : new Assigned(FieldInfo.Kind.VALUE, null);
    }

    private Assigned kindOfValue(Expression value) {
        Expression e = unwrap(value);
        if (e instanceof ObjectCreationExpr creation) {
            String name = types.typeRef(creation.getType(), creation).name();
            FieldInfo.Kind kind = kindOfType(name);
            return kind == null ? null : new Assigned(kind, Names.simpleName(name));
        }
        if (e instanceof ArrayCreationExpr || e instanceof ArrayInitializerExpr) {
            return new Assigned(FieldInfo.Kind.MUTABLE, "array");
        }
        if (e instanceof ConditionalExpr conditional) {
            Assigned a = kindOfValue(conditional.getThenExpr());
            Assigned b = kindOfValue(conditional.getElseExpr());
            return a == null ? b : b == null ? a : a.kind == FieldInfo.Kind.MUTABLE ? a : b;
        }
        if (e instanceof MethodCallExpr call) {
            if (call.getNameAsString().equals("asMap")) {
                return new Assigned(FieldInfo.Kind.CONCURRENT_MAP, "cache view");
            }
            MethodCallExpr root = call;
            while (root.getScope().isPresent() && root.getScope().get() instanceof MethodCallExpr inner) {
                root = inner;
            }
            String owner = root.getScope().map(Expression::toString).map(Names::simpleName).orElse("");
            if (owner.equals("Caffeine") || owner.equals("CacheBuilder")) {
                return call.getNameAsString().equals("build")
                        ? new Assigned(FieldInfo.Kind.CACHE, owner.equals("Caffeine") ? "Caffeine cache" : "Guava cache")
                        : new Assigned(FieldInfo.Kind.THREAD_SAFE, null);
            }
            if (root == call) {
                FieldInfo.Kind kind = FACTORIES.get(owner + "." + call.getNameAsString());
                if (kind != null) {
                    return new Assigned(kind, owner + "." + call.getNameAsString() + "()");
                }
                if (owner.startsWith("Immutable")) {
                    return new Assigned(FieldInfo.Kind.THREAD_SAFE, null);
                }
            } else if (Names.simpleName(owner).startsWith("Immutable") && call.getNameAsString().equals("build")) {
                return new Assigned(FieldInfo.Kind.THREAD_SAFE, null);
            }
        }
        return null;
    }

    /** Values assigned with {@code =} to each field of {@code owner} anywhere in its body (nested types included). */
    private Map<VariableDeclarator, List<Expression>> assignedValues(TypeDeclaration<?> owner) {
        Map<VariableDeclarator, List<Expression>> known = assignedValues.get(owner);
        if (known != null) {
            return known;
        }
        Map<VariableDeclarator, List<Expression>> values = new IdentityHashMap<>();
        for (AssignExpr assign : owner.findAll(AssignExpr.class)) {
            if (assign.getOperator() == AssignExpr.Operator.ASSIGN) {
                fieldInScopeOrThis(assign.getTarget())
                        .ifPresent(v -> values.computeIfAbsent(v, k -> new ArrayList<>()).add(assign.getValue()));
            }
        }
        assignedValues.put(owner, values);
        return values;
    }

    /** Resolution without classification (classification needs these values: no recursion into {@link #info}). */
    private Optional<VariableDeclarator> fieldInScopeOrThis(Expression target) {
        Expression e = unwrap(target);
        if (e instanceof NameExpr name) {
            return fieldInScope(name.getNameAsString(), name);
        }
        if (e instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr && !insideAnonymousBody(access)) {
            return access.findAncestor(TypeDeclaration.class).flatMap(t -> declared((TypeDeclaration<?>) t, access.getNameAsString(), 0));
        }
        return Optional.empty();
    }
}
