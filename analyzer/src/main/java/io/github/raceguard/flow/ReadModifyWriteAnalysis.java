package io.github.raceguard.flow;


import io.github.raceguard.context.CallGraph;
import io.github.raceguard.datalayer.DataLayer;
import io.github.raceguard.persistence.Entities;
import io.github.raceguard.persistence.EntityInfo;
import io.github.raceguard.persistence.EntityMethods;
import io.github.raceguard.types.Locations;
import io.github.raceguard.types.Names;
import io.github.raceguard.context.TransactionContext;
import io.github.raceguard.context.Transactions;
import io.github.raceguard.types.TypeResolver;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
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
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import io.github.raceguard.flow.ReadModifyWrite.Protection;
import io.github.raceguard.flow.ReadModifyWrite.Read;
import io.github.raceguard.flow.ReadModifyWrite.WriteKind;
import io.github.raceguard.report.Location;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds read → modify → write sequences of persistent entities, one method at a time, and
 * composes them across methods through summaries (RacerD's shape): each method is walked once,
 * in source order, tracking which local values are entities read through the data layer (or
 * parameters, for the summary), which statements change them and which write them back.
 * A callee contributes its summary — "returns an entity it read", "changes parameter i",
 * "writes parameter i" — so a read in {@code load(..)} and a write in {@code persist(..)} meet in
 * the method that calls both, where the finding belongs (SPEC §1).
 *
 * <p>The walk is flow-insensitive across branches (a value read in one branch and written in
 * another still counts): lost updates hide exactly in such code, and the protections are
 * checked separately.
 */
public final class ReadModifyWriteAnalysis {

    private static final Set<String> OPTIONAL_UNWRAP = Set.of("get", "orElseThrow", "orElse", "orElseGet", "join", "block");
    private static final Set<String> OPTIONAL_CALLBACK = Set.of("ifPresent", "ifPresentOrElse", "map", "flatMap", "filter");
    private static final Set<String> COLLECTION_PASS_THROUGH = Set.of("stream", "filter", "sorted", "toList", "collect",
            "distinct", "limit", "skip", "peek", "parallelStream", "getContent", "iterator");
    private static final Set<String> COLLECTION_ELEMENT = Set.of("get", "next", "getFirst", "getLast", "findFirst", "findAny");
    private static final Set<String> COLLECTION_MUTATORS = Set.of("add", "addAll", "remove", "removeAll", "removeIf",
            "put", "putAll", "clear", "retainAll");

    private static final Set<String> MAPPING_TARGET = Set.of("org.mapstruct.MappingTarget");

    private final TypeResolver resolver;
    private final DataLayer dataLayer;
    private final CallGraph callGraph;
    private final Entities entities;
    private final EntityMethods entityMethods;
    private final Transactions transactions;

    private final Map<CallableDeclaration<?>, Summary> summaries = new IdentityHashMap<>();
    private final Set<CallableDeclaration<?>> inProgress = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private static final int MAX_CALL_DEPTH = 8;

    public ReadModifyWriteAnalysis(TypeResolver resolver, DataLayer dataLayer, CallGraph callGraph, Entities entities,
                                   EntityMethods entityMethods, Transactions transactions) {
        this.resolver = resolver;
        this.dataLayer = dataLayer;
        this.callGraph = callGraph;
        this.entities = entities;
        this.entityMethods = entityMethods;
        this.transactions = transactions;
    }

    private int cutOffs;

    /** How many call chains were deeper than the composition limit (reads and writes below were not composed). */
    public synchronized int cutOffs() {
        return cutOffs;
    }

    public static int maxCallDepth() {
        return MAX_CALL_DEPTH;
    }

    /** The read-modify-writes whose composing method is {@code method}. */
    public synchronized List<ReadModifyWrite> findings(CallableDeclaration<?> method) {
        return summary(method).events;
    }

    /** What a method tells its callers; computed once. */
    static final class Summary {
        static final Summary EMPTY = new Summary();
        /** The entity value the method returns, when it returns one it read. */
        Value returned;
        final Map<Integer, List<Location>> changesParameter = new HashMap<>();
        final Map<Integer, List<Location>> writesParameter = new HashMap<>();
        /** Parameters whose value the method writes with a bulk update ({@code update ... set balance = ?}). */
        final Map<Integer, List<Location>> writesValueOfParameter = new HashMap<>();
        final List<ReadModifyWrite> events = new ArrayList<>();
    }

    private Summary summary(CallableDeclaration<?> method) {
        Summary known = summaries.get(method);
        if (known != null) {
            return known;
        }
        if (inProgress.contains(method)) {
            return Summary.EMPTY; // recursion: the cycle's facts are composed where it is entered
        }
        if (inProgress.size() >= MAX_CALL_DEPTH) {
            cutOffs++;
            return Summary.EMPTY; // a very deep chain: stop composing, and say so
        }
        inProgress.add(method);
        try {
            Summary summary = new MethodWalk(method).run();
            summaries.put(method, summary);
            return summary;
        } finally {
            inProgress.remove(method);
        }
    }

    // ---------------------------------------------------------------------------------------
    // Abstract values

    enum Shape { ENTITY, OPTIONAL, COLLECTION, UNKNOWN_SHAPE, DERIVED, BUILDER }

    /** One abstract entity instance: read at one place (or received as parameter {@code parameter}). */
    static final class Tracked {
        final Read read;
        final EntityInfo entity;
        final int parameter;
        final List<Location> readSteps;
        final List<Location> changes = new ArrayList<>();
        boolean written;
        boolean escapes;
        /** Locked after the read ({@code em.lock(entity, PESSIMISTIC_WRITE)}), or null. */
        String lockedBy;
        /** A copy made in application code ({@code @With}, {@code toBuilder()}): not managed, so never flushed at commit. */
        boolean detached;
        /**
         * The type parameter the entity is known by when it was read through a generic base class
         * ({@code JpaRepository<E, ID>} in {@code BaseService<E, ID>}), or null; callers substitute it.
         */
        String typeVariable;

        Tracked(Read read, EntityInfo entity, int parameter, List<Location> readSteps) {
            this.read = read;
            this.entity = entity;
            this.parameter = parameter;
            this.readSteps = readSteps;
        }

        boolean isParameter() {
            return read == null;
        }
    }

    /** An abstract value: a tracked entity seen through a shape (itself, an Optional, a list, a value derived from it). */
    record Value(Tracked tracked, Shape shape) {
        Value as(Shape newShape) {
            return new Value(tracked, newShape);
        }

        boolean is(Shape s) {
            return shape == s || shape == Shape.UNKNOWN_SHAPE && s != Shape.DERIVED;
        }
    }

    // ---------------------------------------------------------------------------------------

    /** One walk over one method body. */
    private final class MethodWalk {
        private final CallableDeclaration<?> method;
        private final Summary summary = new Summary();
        private final Map<String, Value> variables = new HashMap<>();
        private final List<Tracked> tracked = new ArrayList<>();
        private int synchronizedDepth;

        MethodWalk(CallableDeclaration<?> method) {
            this.method = method;
        }

        Summary run() {
            if (method instanceof MethodDeclaration m && m.isSynchronized()) {
                synchronizedDepth++;
            }
            for (int i = 0; i < method.getParameters().size(); i++) {
                Parameter p = method.getParameters().get(i);
                Tracked t = new Tracked(null, null, i, List.of());
                tracked.add(t);
                variables.put(p.getNameAsString(), new Value(t, Shape.UNKNOWN_SHAPE));
            }
            Optional<? extends Node> body = method instanceof MethodDeclaration m ? m.getBody()
                    : method instanceof ConstructorDeclaration c ? Optional.of(c.getBody()) : Optional.empty();
            body.ifPresent(this::walk);
            for (Tracked t : tracked) {
                if (t.isParameter()) {
                    if (!t.changes.isEmpty() && !t.detached) {
                        summary.changesParameter.put(t.parameter, List.copyOf(t.changes));
                    }
                } else if (!t.written && !t.escapes && !t.detached && !t.changes.isEmpty() && t.entity.jpa()) {
                    dirtyChecking(t);
                }
            }
            return summary;
        }

        /** A managed entity changed inside a transaction is flushed at commit: the change is the write. */
        private void dirtyChecking(Tracked t) {
            Location change = t.changes.get(0);
            TransactionContext context = contextAt(change);
            if (!context.active() || context.readOnly()) {
                return;
            }
            record(t, change, List.of(), WriteKind.DIRTY_CHECKING, context, false);
        }

        private TransactionContext contextAt(Location location) {
            Node node = nodeAt.getOrDefault(location, method);
            return transactions.at(node);
        }

        /** Nodes behind the locations created in this walk, to ask for their transaction context. */
        private final Map<Location, Node> nodeAt = new HashMap<>();

        private Location here(Node node, String message) {
            Location location = Locations.ofStatement(node, message);
            nodeAt.put(location, node);
            return location;
        }

        private Location exactly(Node node, String message) {
            Location location = Locations.of(node, message);
            nodeAt.put(location, node);
            return location;
        }

        // ---- statements

        private void walk(Node node) {
            if (node instanceof Expression e) {
                eval(e);
                return;
            }
            if (node instanceof ForEachStmt forEach) {
                Value iterable = eval(forEach.getIterable());
                for (VariableDeclarator v : forEach.getVariable().getVariables()) {
                    bind(v.getNameAsString(), iterable != null && iterable.is(Shape.COLLECTION) ? iterable.as(Shape.ENTITY) : null);
                }
                walk(forEach.getBody());
                return;
            }
            if (node instanceof SynchronizedStmt sync) {
                eval(sync.getExpression());
                synchronizedDepth++;
                walk(sync.getBody());
                synchronizedDepth--;
                return;
            }
            if (node instanceof ReturnStmt ret) {
                ret.getExpression().ifPresent(e -> {
                    Value v = eval(e);
                    if (v != null && !v.tracked().isParameter()) {
                        if (v.shape() != Shape.DERIVED) {
                            v.tracked().escapes = true;
                        }
                        // an entity, or a value read through the data layer (a balance selected with SQL)
                        boolean returnsRead = v.shape() != Shape.DERIVED || v.tracked().readSteps.size() == 1
                                && !v.tracked().entity.mapped();
                        if (summary.returned == null && returnsRead && !isLambdaBody(ret)) {
                            summary.returned = v;
                        }
                    }
                });
                return;
            }
            if (node instanceof TypeDeclaration<?>) {
                return; // local and anonymous classes are analyzed as their own methods
            }
            for (Node child : node.getChildNodes()) {
                walk(child);
            }
        }

        private boolean isLambdaBody(Node node) {
            for (Node n = node.getParentNode().orElse(null); n != null && n != method; n = n.getParentNode().orElse(null)) {
                if (n instanceof LambdaExpr) {
                    return true;
                }
            }
            return false;
        }

        private void bind(String name, Value value) {
            if (value == null) {
                variables.remove(name);
            } else {
                variables.put(name, value);
            }
        }

        // ---- expressions

        private Value eval(Expression e) {
            if (e instanceof EnclosedExpr enclosed) {
                return eval(enclosed.getInner());
            }
            if (e instanceof CastExpr cast) {
                return eval(cast.getExpression());
            }
            if (e instanceof NameExpr name) {
                Value value = variables.get(name.getNameAsString());
                if (value != null && touched != null) {
                    touched.add(value.tracked());
                }
                return value;
            }
            if (e instanceof VariableDeclarationExpr declaration) {
                for (VariableDeclarator v : declaration.getVariables()) {
                    Value init = v.getInitializer().map(this::eval).orElse(null);
                    bind(v.getNameAsString(), init);
                }
                return null;
            }
            if (e instanceof AssignExpr assign) {
                return assign(assign);
            }
            if (e instanceof UnaryExpr unary) {
                Value operand = eval(unary.getExpression());
                if (EntityMethods.isIncrementOrDecrement(unary)) {
                    fieldChange(unary.getExpression(), unary);
                }
                return derived(operand);
            }
            if (e instanceof BinaryExpr binary) {
                Value left = eval(binary.getLeft());
                Value right = eval(binary.getRight());
                return derived(left != null ? left : right);
            }
            if (e instanceof ConditionalExpr conditional) {
                eval(conditional.getCondition());
                Value then = eval(conditional.getThenExpr());
                Value otherwise = eval(conditional.getElseExpr());
                // a value read through the data layer matters more than a parameter in the other branch
                if (then == null || then.tracked().isParameter() && otherwise != null && !otherwise.tracked().isParameter()) {
                    return otherwise;
                }
                return then;
            }
            if (e instanceof MethodCallExpr call) {
                return call(call);
            }
            if (e instanceof FieldAccessExpr field) {
                Value scope = eval(field.getScope());
                return derived(scope);
            }
            if (e instanceof LambdaExpr lambda) {
                walk(lambda.getBody());
                return null;
            }
            for (Node child : e.getChildNodes()) {
                walk(child);
            }
            return null;
        }

        private Value derived(Value v) {
            return v == null ? null : v.as(Shape.DERIVED);
        }

        private Value assign(AssignExpr assign) {
            Value value = eval(assign.getValue());
            Expression target = assign.getTarget();
            if (target instanceof NameExpr name) {
                if (assign.getOperator() == AssignExpr.Operator.ASSIGN) {
                    bind(name.getNameAsString(), value);
                }
                return value;
            }
            fieldChange(target, assign);
            return value;
        }

        /** {@code entity.field = ..}, {@code entity.field += ..}, {@code entity.field++}. */
        private void fieldChange(Expression target, Node change) {
            if (target instanceof FieldAccessExpr field && !(field.getScope() instanceof ThisExpr)) {
                Value owner = eval(field.getScope());
                if (owner != null && owner.shape() != Shape.DERIVED) {
                    changed(owner.tracked(), change, "changes " + field.getNameAsString());
                }
            }
        }

        private void changed(Tracked t, Node where, String what) {
            t.changes.add(here(where, what));
        }

        // ---- calls

        private Value call(MethodCallExpr call) {
            Optional<Expression> scopeExpr = call.getScope();
            Value scope = scopeExpr.map(this::eval).orElse(null);
            String name = call.getNameAsString();

            Optional<DataLayer.Access> access = scope == null ? dataLayer.classify(call) : Optional.empty();
            if (access.isPresent()) {
                return dataLayerCall(call, access.get());
            }
            if (scope != null) {
                Value result = onTrackedValue(call, scope);
                if (result != NOT_HANDLED) {
                    return result;
                }
            }
            List<Value> arguments = evalArguments(call);
            if (name.equals("copyProperties") && arguments.size() >= 2 && arguments.get(1) != null) {
                changed(arguments.get(1).tracked(), call, "copies properties into the entity");
                return null;
            }
            Optional<MethodDeclaration> callee = callGraph.callee(call);
            if (callee.isPresent() && callee.get().getBody().isPresent()) {
                return composeCallee(call, callee.get(), arguments);
            }
            if (callee.isPresent() && mappingTargets(call, callee.get(), arguments)) {
                return null;
            }
            Value derived = null;
            for (Value argument : arguments) {
                if (argument != null && argument.shape() != Shape.DERIVED) {
                    argument.tracked().escapes = true;
                }
                if (derived == null && argument != null && !argument.tracked().isParameter() && isFunctionCall(call)) {
                    derived = argument.as(Shape.DERIVED); // Integer.parseInt(v), Math.max(a.getX(), 0): computed from it
                }
            }
            return derived;
        }

        /** A MapStruct update method ({@code void update(Dto dto, @MappingTarget Order order)}) changes its target. */
        private boolean mappingTargets(MethodCallExpr call, MethodDeclaration callee, List<Value> arguments) {
            boolean mapped = false;
            for (int i = 0; i < callee.getParameters().size() && i < arguments.size(); i++) {
                if (arguments.get(i) != null && Names.hasAnnotation(callee.getParameter(i), MAPPING_TARGET)) {
                    changed(arguments.get(i).tracked(), call, "maps new values into it (" + callee.getNameAsString() + ")");
                    mapped = true;
                }
            }
            return mapped;
        }

        /** A static call ({@code Integer.parseInt(v)}) or an unqualified helper: its result is computed from its arguments. */
        private static boolean isFunctionCall(MethodCallExpr call) {
            return call.getScope().map(s -> s instanceof NameExpr n && Character.isUpperCase(n.getNameAsString().charAt(0))).orElse(true);
        }

        private static final Value NOT_HANDLED = new Value(null, Shape.DERIVED);

        private List<Value> evalArguments(MethodCallExpr call) {
            List<Value> values = new ArrayList<>();
            for (Expression argument : call.getArguments()) {
                values.add(eval(argument));
            }
            return values;
        }

        private Value dataLayerCall(MethodCallExpr call, DataLayer.Access access) {
            switch (access.kind()) {
                case SAVE -> {
                    List<Value> arguments = evalArguments(call);
                    Value entity = arguments.isEmpty() ? null : arguments.get(0);
                    if (entity != null && entity.shape() != Shape.DERIVED) {
                        write(entity.tracked(), call, WriteKind.SAVE);
                        return entity.as(access.shape() == DataLayer.ResultShape.MANY ? Shape.COLLECTION : Shape.ENTITY);
                    }
                    return null;
                }
                case BULK_UPDATE -> {
                    // a Redis key is not a value written: set(key, value), put(key, field, value)
                    bulkUpdate(call, access.subject() != null && access.subject().startsWith("Redis") ? 1 : 0);
                    return null;
                }
                case LOCK -> {
                    List<Value> arguments = evalArguments(call);
                    if (!arguments.isEmpty() && arguments.get(0) != null) {
                        arguments.get(0).tracked().lockedBy = access.lock();
                    }
                    return null;
                }
                case READ -> {
                    evalArguments(call);
                    Shape shape = switch (access.shape()) {
                        case SINGLE -> Shape.ENTITY;
                        case OPTIONAL -> Shape.OPTIONAL;
                        case MANY -> Shape.COLLECTION;
                        case UNKNOWN -> Shape.UNKNOWN_SHAPE;
                        case VALUE -> Shape.DERIVED;
                        case NOT_ENTITY -> null;
                    };
                    if (shape == null) {
                        return null; // a projection or a scalar, not the entity
                    }
                    EntityInfo entity = access.entity() != null ? entities.find(access.entity().name())
                            : EntityInfo.value(access.what());
                    Read read = new Read(exactly(call, "reads " + entity.simpleName() + " (" + access.operation() + ")"),
                            access.source(), access.operation(), access.lock());
                    Tracked t = new Tracked(read, entity, -1, List.of(read.location()));
                    if (access.entity() != null && access.entity().isVariable()) {
                        t.typeVariable = access.entity().name();
                    }
                    tracked.add(t);
                    return new Value(t, shape);
                }
                default -> {
                    evalArguments(call);
                    return null;
                }
            }
        }

        /**
         * An UPDATE that writes the values passed in: a lost update when one of them was computed
         * from a value read earlier. Keys ({@code x.getId()}, an id parameter) do not count.
         */
        private void bulkUpdate(MethodCallExpr call, int firstValue) {
            Tracked written = null;
            Expression computed = null;
            for (int i = 0; i < firstValue && i < call.getArguments().size(); i++) {
                eval(call.getArgument(i));
            }
            List<Expression> values = new ArrayList<>(call.getArguments().subList(Math.min(firstValue, call.getArguments().size()), call.getArguments().size()));
            // JdbcClient passes its values along the chain: sql(..).param("b", b - d).update()
            for (Expression e = call.getScope().orElse(null); e instanceof MethodCallExpr link; e = link.getScope().orElse(null)) {
                if (link.getNameAsString().startsWith("param")) {
                    values.addAll(link.getArguments());
                }
            }
            for (Expression argument : values) {
                List<Tracked> seen = new ArrayList<>();
                List<Tracked> outer = touched;
                touched = seen;
                eval(argument);
                touched = outer;
                if (outer != null) {
                    outer.addAll(seen);
                }
                if (written == null && !isKey(argument)) {
                    for (Tracked t : seen) {
                        if (!t.isParameter()) {
                            written = t;
                            computed = argument;
                            break;
                        }
                    }
                }
            }
            if (written != null) {
                written.changes.add(here(computed, "computes the new value from it"));
                write(written, call, WriteKind.BULK_UPDATE);
                return;
            }
            for (Expression argument : values) {
                Value value = isKey(argument) ? null : eval(argument);
                if (value != null && value.tracked().isParameter()) {
                    summary.writesValueOfParameter.putIfAbsent(value.tracked().parameter,
                            List.of(here(call, "writes it with a bulk update (" + call.getNameAsString() + ")")));
                }
            }
        }

        private boolean extractsKey(MethodCallExpr map) {
            if (map.getArguments().size() != 1) {
                return false;
            }
            Expression mapper = map.getArgument(0);
            if (mapper instanceof MethodReferenceExpr reference) {
                return reference.getIdentifier().equals("getId") || reference.getIdentifier().equals("id");
            }
            return mapper instanceof LambdaExpr lambda && lambda.getExpressionBody().map(this::isKey).orElse(false);
        }

        private boolean isKey(Expression argument) {
            return argument instanceof MethodCallExpr getter && getter.getArguments().isEmpty()
                    && (getter.getNameAsString().equals("getId") || getter.getNameAsString().equals("id"));
        }

        /** While not null, collects the tracked values an expression reads (see {@link #bulkUpdate}). */
        private List<Tracked> touched;

        private Value onTrackedValue(MethodCallExpr call, Value scope) {
            String name = call.getNameAsString();
            Tracked t = scope.tracked();
            if (scope.is(Shape.OPTIONAL) && (OPTIONAL_UNWRAP.contains(name) || OPTIONAL_CALLBACK.contains(name))) {
                evalCallbacks(call, scope.as(Shape.ENTITY));
                return OPTIONAL_UNWRAP.contains(name) ? scope.as(Shape.ENTITY) : name.equals("map") || name.equals("filter") || name.equals("flatMap") ? scope.as(Shape.OPTIONAL) : null;
            }
            if (scope.is(Shape.COLLECTION)) {
                if (name.equals("map") && extractsKey(call)) {
                    return null; // ids of what was read (map(Order::getId)) are keys, not state
                }
                if (name.equals("forEach") || name.equals("map")) {
                    evalCallbacks(call, scope.as(Shape.ENTITY));
                    return name.equals("map") ? scope.as(Shape.COLLECTION) : null;
                }
                if (COLLECTION_PASS_THROUGH.contains(name)) {
                    evalCallbacks(call, scope.as(Shape.ENTITY));
                    return scope.as(Shape.COLLECTION);
                }
                if (COLLECTION_ELEMENT.contains(name)) {
                    evalArguments(call);
                    return scope.as(name.startsWith("find") ? Shape.OPTIONAL : Shape.ENTITY);
                }
            }
            if (scope.shape() == Shape.BUILDER) {
                evalArguments(call);
                if (name.equals("build") && call.getArguments().isEmpty()) {
                    return scope.as(Shape.ENTITY);
                }
                if (call.getArguments().size() == 1) {
                    changed(t, call, "sets " + name + " on a copy (toBuilder)");
                }
                return scope;
            }
            if (scope.is(Shape.ENTITY)) {
                List<Value> arguments = evalArguments(call);
                int arity = call.getArguments().size();
                String type = t.entity != null ? t.entity.name() : parameterTypeName(t);
                EntityMethods.Effect effect = type != null ? entityMethods.effect(type, name, arity)
                        : EntityMethods.isSetterName(name, arity) ? EntityMethods.Effect.MUTATES : EntityMethods.Effect.NONE;
                switch (effect) {
                    case MUTATES, MUTATES_RETURNS_SELF -> {
                        changed(t, call, EntityMethods.isSetterName(name, arity) ? "sets " + propertyOf(name) : "changes it (" + name + ")");
                        return effect == EntityMethods.Effect.MUTATES_RETURNS_SELF ? scope.as(Shape.ENTITY) : null;
                    }
                    case COPY_WITH_CHANGE -> {
                        Tracked copy = copyOf(t);
                        changed(copy, call, "copies it with a new " + Character.toLowerCase(name.charAt(4)) + name.substring(5) + " (" + name + ")");
                        return new Value(copy, Shape.ENTITY);
                    }
                    case COPY_TO_BUILDER -> {
                        return new Value(copyOf(t), Shape.BUILDER);
                    }
                    default -> {
                    }
                }
                for (Value argument : arguments) {
                    if (argument != null && argument.shape() != Shape.DERIVED) {
                        argument.tracked().escapes = true;
                    }
                }
                return scope.as(Shape.DERIVED);
            }
            if (scope.shape() == Shape.DERIVED) {
                evalArguments(call);
                if (COLLECTION_MUTATORS.contains(name) && call.getScope().filter(s -> s instanceof MethodCallExpr).isPresent()) {
                    changed(t, call, "changes its " + call.getScope().get() + " collection");
                    return null;
                }
                return scope;
            }
            return NOT_HANDLED;
        }

        /** A copy of the object read ({@code @With}, {@code toBuilder()}): the same row, never flushed by dirty checking. */
        private Tracked copyOf(Tracked t) {
            Tracked copy = new Tracked(t.read, t.entity, t.parameter, t.readSteps);
            copy.changes.addAll(t.changes);
            copy.detached = true;
            copy.typeVariable = t.typeVariable;
            tracked.add(copy);
            return copy;
        }

        private String parameterTypeName(Tracked t) {
            if (t.parameter < 0 || t.parameter >= method.getParameters().size()) {
                return null;
            }
            Parameter p = method.getParameters().get(t.parameter);
            return resolver.types().typeRef(p.getType(), p).name();
        }

        private String propertyOf(String setter) {
            return Character.toLowerCase(setter.charAt(3)) + setter.substring(4);
        }

        /** Walks lambda arguments with their first parameter bound to {@code element}. */
        private void evalCallbacks(MethodCallExpr call, Value element) {
            for (Expression argument : call.getArguments()) {
                if (argument instanceof LambdaExpr lambda && !lambda.getParameters().isEmpty()) {
                    String parameter = lambda.getParameter(0).getNameAsString();
                    Value previous = variables.get(parameter);
                    variables.put(parameter, element);
                    if (lambda.getExpressionBody().isPresent()) {
                        eval(lambda.getExpressionBody().get());
                    } else {
                        walk(lambda.getBody());
                    }
                    bind(parameter, previous);
                } else if (argument instanceof MethodReferenceExpr reference
                        && dataLayer.classify(reference).filter(a -> a.kind() == DataLayer.Kind.SAVE).isPresent()) {
                    write(element.tracked(), reference, reference.getIdentifier(), WriteKind.SAVE);
                } else {
                    eval(argument);
                }
            }
        }

        // ---- composition across methods

        private Value composeCallee(MethodCallExpr call, CallableDeclaration<?> callee, List<Value> arguments) {
            Summary calleeSummary = summary(callee);
            String calleeName = callee.getNameAsString() + "()";
            for (int a = 0; a < arguments.size(); a++) {
                Value argument = arguments.get(a);
                if (argument == null) {
                    continue;
                }
                int i = CallGraph.parameterIndex(callee, a); // varargs: every trailing argument is the last parameter
                List<Location> valueWrites = calleeSummary.writesValueOfParameter.get(i);
                if (valueWrites != null) {
                    Location site = here(call, "calls " + calleeName + ", which writes it");
                    List<Location> steps = new ArrayList<>();
                    steps.add(site);
                    steps.addAll(valueWrites);
                    if (argument.tracked().isParameter()) {
                        summary.writesValueOfParameter.putIfAbsent(argument.tracked().parameter, steps);
                    } else {
                        argument.tracked().changes.add(here(call.getArgument(a), "computes the new value from it"));
                        writeVia(argument.tracked(), site, steps, WriteKind.BULK_UPDATE);
                    }
                }
                if (argument.shape() == Shape.DERIVED) {
                    continue;
                }
                List<Location> changes = calleeSummary.changesParameter.get(i);
                if (changes != null) {
                    Location site = here(call, "calls " + calleeName + ", which changes it");
                    argument.tracked().changes.add(site);
                    argument.tracked().changes.addAll(changes);
                }
                List<Location> writes = calleeSummary.writesParameter.get(i);
                if (writes != null) {
                    Location site = here(call, "calls " + calleeName + ", which writes it");
                    List<Location> steps = new ArrayList<>();
                    steps.add(site);
                    steps.addAll(writes);
                    writeVia(argument.tracked(), site, steps, WriteKind.SAVE);
                }
            }
            Value returned = calleeSummary.returned;
            if (returned != null && returned.tracked().read != null) {
                Tracked inner = returned.tracked();
                EntityInfo entity = inner.entity;
                String typeVariable = inner.typeVariable;
                if (typeVariable != null) {
                    // read as E by a generic base class: E is what this caller's view binds it to
                    io.github.raceguard.types.TypeRef bound = callGraph.typeArguments(call, callee).get(typeVariable);
                    if (bound != null && bound.isVariable()) {
                        typeVariable = bound.name();
                    } else if (bound != null) {
                        entity = entities.find(bound.name());
                        typeVariable = null;
                    }
                }
                List<Location> steps = new ArrayList<>(inner.readSteps);
                steps.add(here(call, "gets the " + entity.simpleName() + " read by " + calleeName));
                Tracked copy = new Tracked(inner.read, entity, -1, List.copyOf(steps));
                copy.typeVariable = typeVariable;
                copy.changes.addAll(inner.changes);
                tracked.add(copy);
                return new Value(copy, returned.shape());
            }
            return null;
        }

        // ---- writes

        private void write(Tracked t, MethodCallExpr call, WriteKind kind) {
            write(t, call, call.getNameAsString(), kind);
        }

        private void write(Tracked t, Node call, String operation, WriteKind kind) {
            // the call itself, not its statement: in a chain spanning lines the write sits on its own line
            Location site = exactly(call, kind == WriteKind.BULK_UPDATE
                    ? "writes a value computed from it with a bulk update (" + operation + ")"
                    : "writes it back (" + operation + ")");
            if (t.isParameter()) {
                summary.writesParameter.putIfAbsent(t.parameter, List.of(site));
                t.written = true;
                return;
            }
            if (kind == WriteKind.SAVE && t.changes.isEmpty()) {
                return; // saving what was read, unchanged, loses nothing
            }
            t.written = true;
            record(t, site, List.of(site), kind, transactions.at(call), synchronizedDepth > 0);
        }

        private void writeVia(Tracked t, Location site, List<Location> steps, WriteKind kind) {
            if (t.isParameter()) {
                summary.writesParameter.putIfAbsent(t.parameter, steps);
                t.written = true;
                return;
            }
            if (t.changes.isEmpty()) {
                return;
            }
            t.written = true;
            record(t, site, steps, kind, contextAt(site), synchronizedDepth > 0);
        }

        private void record(Tracked t, Location write, List<Location> writeSteps, WriteKind kind,
                            TransactionContext context, boolean jvmLock) {
            if (t.typeVariable != null) {
                return; // an entity known only as a type parameter: its version cannot be told here
            }
            Protection protection = protection(t, kind, context);
            List<Location> changes = kind == WriteKind.DIRTY_CHECKING ? List.of() : List.copyOf(t.changes);
            List<Location> steps = kind == WriteKind.DIRTY_CHECKING
                    ? List.of(write.withMessage("writes it back at commit (JPA dirty checking): " + write.message()))
                    : writeSteps;
            summary.events.add(new ReadModifyWrite(method, t.entity, t.read, t.readSteps, changes, write, steps,
                    kind, context, protection, jvmLock || isSynchronizedMethod()));
        }

        private boolean isSynchronizedMethod() {
            return method instanceof MethodDeclaration m && m.isSynchronized();
        }

        private Protection protection(Tracked t, WriteKind kind, TransactionContext context) {
            if (kind != WriteKind.BULK_UPDATE && t.entity.hasVersion()) {
                return Protection.VERSION;
            }
            if ((t.read.locks() || t.lockedBy != null) && context.active()) {
                return Protection.PESSIMISTIC_LOCK;
            }
            if (context.serializable()) {
                return Protection.SERIALIZABLE;
            }
            return Protection.NONE;
        }
    }
}
