package io.github.raceguard.flow;

import io.github.raceguard.datalayer.DataLayer;
import io.github.raceguard.datalayer.Panache;
import io.github.raceguard.persistence.Entities;
import io.github.raceguard.persistence.EntityInfo;
import io.github.raceguard.persistence.EntityMethods;
import io.github.raceguard.types.Names;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
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
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import io.github.raceguard.flow.ReadModifyWrite.Read;
import io.github.raceguard.flow.ReadModifyWrite.WriteKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One walk over one method body, in source order: reads through the data layer become tracked
 * values, calls on them changes or derived values, callees contribute their summaries, saves and
 * bulk updates become writes ({@link WalkState} keeps the state and records the events).
 */
final class MethodWalk extends WalkState {

    private static final Set<String> OPTIONAL_UNWRAP = Set.of("get", "orElseThrow", "orElse", "orElseGet", "join", "block");
    private static final Set<String> OPTIONAL_CALLBACK = Set.of("ifPresent", "ifPresentOrElse", "map", "flatMap", "filter",
            "doOnNext", "doOnSuccess"); // the last two: a Mono of what a reactive repository read
    /** Reactor operators whose callbacks get each element of a Flux read through a reactive repository. */
    private static final Set<String> FLUX_CALLBACK = Set.of("flatMap", "concatMap", "flatMapSequential", "doOnNext");
    /** Steps of a Mutiny {@code Uni} of an entity (Hibernate Reactive Panache) that keep the entity and run callbacks on it. */
    private static final Set<String> UNI_STEPS = Set.of("onItem", "ifNotNull", "invoke", "call", "transform", "chain", "transformToUni");
    private static final Set<String> COLLECTION_PASS_THROUGH = Set.of("stream", "filter", "sorted", "toList", "collect",
            "distinct", "limit", "skip", "peek", "parallelStream", "getContent", "iterator");
    private static final Set<String> COLLECTION_ELEMENT = Set.of("get", "next", "getFirst", "getLast", "findFirst", "findAny");
    private static final Set<String> COLLECTION_MUTATORS = Set.of("add", "addAll", "remove", "removeAll", "removeIf",
            "put", "putAll", "clear", "retainAll");
    private static final Set<String> MAPPING_TARGET = Set.of("org.mapstruct.MappingTarget");

    MethodWalk(ReadModifyWriteAnalysis analysis, CallableDeclaration<?> method) {
        super(analysis, method);
    }


    // ---- statements

    @Override
    void walk(Node node) {
        if (node instanceof Expression e) {
            eval(e);
            return;
        }
        if (node instanceof BlockStmt block) {
            int depth = guards.size();
            block.getStatements().forEach(this::walk);
            truncateGuards(depth); // an early-exit check guards the rest of its block only
            return;
        }
        if (node instanceof IfStmt ifStmt) {
            ifStatement(ifStmt);
            return;
        }
        if (node instanceof SwitchStmt switchStmt) {
            switchStatement(switchStmt);
            return;
        }
        if (node instanceof ForEachStmt forEach) {
            Value iterable = eval(forEach.getIterable());
            for (VariableDeclarator v : forEach.getVariable().getVariables()) {
                bind(v.getNameAsString(), element(iterable, v));
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
                    boolean returnsRead = v.shape() != Shape.DERIVED && v.shape() != Shape.COPY
                            || v.shape() == Shape.DERIVED && v.tracked().readSteps.size() == 1 && !v.tracked().entity.mapped();
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

    /**
     * Both branches start from the state before the {@code if}; afterwards a local keeps every
     * value it may hold (a branch that exits contributes nothing). A check whose branch exits
     * ({@code if (p.getStock() < q) throw ..}) guards the rest of the block.
     */
    private void ifStatement(IfStmt ifStmt) {
        Touches condition = collect(ifStmt.getCondition());
        Map<String, Value> before = new HashMap<>(variables);
        underGuard(condition.properties, ifStmt.getThenStmt());
        Map<String, Value> afterThen = variables;
        boolean thenExits = exits(ifStmt.getThenStmt());
        variables = new HashMap<>(before);
        boolean elseExits = false;
        if (ifStmt.getElseStmt().isPresent()) {
            underGuard(condition.properties, ifStmt.getElseStmt().get());
            elseExits = exits(ifStmt.getElseStmt().get());
        }
        Map<String, Value> afterElse = variables;
        variables = thenExits && !elseExits ? afterElse : elseExits && !thenExits ? afterThen : merge(afterThen, afterElse);
        if (thenExits != elseExits && !condition.properties.isEmpty()) {
            guards.push(condition.properties);
        }
    }

    private void switchStatement(SwitchStmt switchStmt) {
        Touches selector = collect(switchStmt.getSelector());
        Map<String, Value> before = new HashMap<>(variables);
        Map<String, Value> after = null;
        boolean hasDefault = false;
        for (SwitchEntry entry : switchStmt.getEntries()) {
            hasDefault |= entry.getLabels().isEmpty();
            variables = new HashMap<>(before);
            int depth = guards.size();
            guards.push(selector.properties);
            entry.getStatements().forEach(this::walk);
            truncateGuards(depth);
            after = after == null ? variables : merge(after, variables);
        }
        variables = after == null ? before : hasDefault ? after : merge(after, before);
    }

    private void underGuard(Set<Touches.PropertyRead> guard, Node body) {
        int depth = guards.size();
        guards.push(guard);
        walk(body);
        truncateGuards(depth);
    }

    private static boolean exits(Statement s) {
        if (s instanceof ReturnStmt || s instanceof ThrowStmt || s instanceof BreakStmt || s instanceof ContinueStmt) {
            return true;
        }
        if (s instanceof BlockStmt block) {
            return block.getStatements().isNonEmpty() && exits(block.getStatements().getLast().orElseThrow());
        }
        return s instanceof IfStmt i && i.getElseStmt().isPresent() && exits(i.getThenStmt()) && exits(i.getElseStmt().get());
    }

    /** What the loop variable of {@code for (X x : iterable)} holds. */
    private Value element(Value iterable, VariableDeclarator variable) {
        if (iterable == null) {
            return null;
        }
        if (iterable.is(Shape.COLLECTION)) {
            return iterable.as(Shape.ENTITY);
        }
        if (iterable.shape() == Shape.DERIVED && iterable.property() != null && !iterable.tracked().isParameter()) {
            // a child collection from a getter whose type the sources do not tell: the loop variable's type does
            String type = resolver.types().typeRef(variable.getType(), variable).name();
            return new Value(child(iterable.tracked(), iterable.property(), type, entities.isDeclaredEntity(type), false), Shape.ENTITY);
        }
        return null;
    }

    private boolean isLambdaBody(Node node) {
        for (Node n = node.getParentNode().orElse(null); n != null && n != method; n = n.getParentNode().orElse(null)) {
            if (n instanceof LambdaExpr) {
                return true;
            }
        }
        return false;
    }

    // ---- expressions

    /** While not null, collects what the expression being evaluated reads (see {@link #collect}). */
    private Touches touched;

    /** Evaluates {@code e}, returning what it read and its value. */
    private Touches collect(Expression e) {
        Touches outer = touched;
        Touches inner = new Touches();
        touched = inner;
        try {
            inner.result = eval(e);
        } finally {
            touched = outer;
        }
        if (outer != null) {
            outer.addAll(inner);
        }
        return inner;
    }

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
                touched.add(value);
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
                fieldChange(unary.getExpression(), unary, null);
            }
            return derived(operand);
        }
        if (e instanceof BinaryExpr binary) {
            Value left = eval(binary.getLeft());
            Value right = eval(binary.getRight());
            return derived(left != null ? left : right);
        }
        if (e instanceof ConditionalExpr conditional) {
            Touches condition = collect(conditional.getCondition());
            int depth = guards.size();
            guards.push(condition.properties);
            Value then = eval(conditional.getThenExpr());
            Value otherwise = eval(conditional.getElseExpr());
            truncateGuards(depth);
            // either branch may be the value; what was read matters more than a parameter or a new object
            if (then == null || then.tracked().isParameter() && otherwise != null && !otherwise.tracked().isParameter()) {
                return otherwise;
            }
            return then;
        }
        if (e instanceof MethodCallExpr call) {
            return call(call);
        }
        if (e instanceof MethodReferenceExpr reference) {
            return null; // a setter handed over (existing::setName) is a change, judged at the call it is passed to
        }
        if (e instanceof FieldAccessExpr field) {
            Value scope = eval(field.getScope());
            if (scope == null) {
                return null;
            }
            Value association = association(scope, field.getNameAsString());
            return association != null ? association : scope.derivedFrom(field.getNameAsString());
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

    /**
     * A public association field of an entity read ({@code book.author}, {@code order.lines}: how
     * Panache entities expose their relations), followed like its getter: the child entity or collection.
     */
    private Value association(Value scope, String field) {
        if (!scope.is(Shape.ENTITY) || scope.tracked().isParameter()) {
            return null;
        }
        String type = typeOf(scope.tracked());
        Optional<Entities.Property> declared = type == null ? Optional.empty() : entities.property(type, field);
        if (declared.isEmpty() || !declared.get().entity()) {
            return null;
        }
        Tracked child = child(scope.tracked(), field, declared.get().elementType(), true, declared.get().inverse());
        return new Value(child, declared.get().collection() ? Shape.COLLECTION : Shape.ENTITY);
    }

    private Value derived(Value v) {
        return v == null ? null : v.as(Shape.DERIVED);
    }

    private Value assign(AssignExpr assign) {
        Touches value = collect(assign.getValue());
        Expression target = assign.getTarget();
        if (target instanceof NameExpr name) {
            if (assign.getOperator() == AssignExpr.Operator.ASSIGN) {
                bind(name.getNameAsString(), value.result);
            }
            return value.result;
        }
        // entity.field = v depends on v; entity.field += v also on the field itself
        fieldChange(target, assign, assign.getOperator() == AssignExpr.Operator.ASSIGN ? value : null);
        return value.result;
    }

    /** {@code entity.field = ..}, {@code entity.field += ..}, {@code entity.field++}; {@code uses} null when it reads the field. */
    private void fieldChange(Expression target, Node change, Touches uses) {
        if (target instanceof FieldAccessExpr field && !(field.getScope() instanceof ThisExpr)) {
            Value owner = eval(field.getScope());
            if (owner != null && owner.shape() != Shape.DERIVED) {
                changed(owner.tracked(), change, "changes " + field.getNameAsString(), field.getNameAsString(),
                        uses == null ? List.of() : List.of(uses), uses == null);
            }
        }
    }

    // ---- calls

    private Value call(MethodCallExpr call) {
        Optional<Expression> scopeExpr = call.getScope();
        Touches scopeUse = scopeExpr.map(this::collect).orElse(null);
        Value scope = scopeUse == null ? null : scopeUse.result;
        String name = call.getNameAsString();

        // Panache's p.persist() / p.delete(): a write whose receiver is the entity; a data-layer object reached from a
        // parameter (a JDBC statement prepared on a Connection passed in) is one too
        boolean viaParameter = scope != null && scope.tracked().isParameter() && scope.shape() == Shape.DERIVED;
        Optional<DataLayer.Access> access = scope == null || viaParameter || Panache.isInstanceWrite(call) ? dataLayer.classify(call) : Optional.empty();
        if (access.isPresent()) {
            return dataLayerCall(call, access.get(), scope);
        }
        if (scopeExpr.isPresent() && scopeExpr.get() instanceof NameExpr local && (scope == null || scope.shape() == Shape.DERIVED)
                && EntityMethods.isSetterName(name, call.getArguments().size()) && isLocal(local.getNameAsString())) {
            fillLocal(local.getNameAsString(), call, scope);
            return null;
        }
        if (scope != null && jooqRecord(call, scope)) {
            return null;
        }
        if (scope != null) {
            Value result = onTrackedValue(call, scope);
            if (result != NOT_HANDLED) {
                return result;
            }
        }
        List<Touches> uses = touchArguments(call);
        List<Value> arguments = uses.stream().map(u -> u.result).toList();
        handedSetters(call, scopeUse, uses);
        if (name.equals("copyProperties") && arguments.size() >= 2 && arguments.get(1) != null
                && arguments.get(1).shape() != Shape.DERIVED) {
            changed(arguments.get(1).tracked(), call, "copies properties into the entity", null, List.of(uses.get(0)), false);
            return null;
        }
        Optional<MethodDeclaration> callee = callGraph.callee(call);
        if (callee.isPresent() && callee.get().getBody().isPresent()) {
            Value composed = composeCallee(call, callee.get(), arguments);
            return composed != null ? composed : conversion(call, uses);
        }
        if (callee.isPresent() && mappingTargets(call, callee.get(), uses)) {
            return null;
        }
        Value converted = conversion(call, uses);
        if (converted != null) {
            return converted;
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

    /**
     * A record read through jOOQ: {@code record.set(F, v)} / {@code setValue(F, v)} / {@code from(pojo)}
     * change it, {@code record.store()} / {@code update()} write its changed fields back.
     */
    private boolean jooqRecord(MethodCallExpr call, Value scope) {
        Tracked t = scope.tracked();
        if (scope.shape() != Shape.ENTITY || t.read == null || !io.github.raceguard.datalayer.Jooq.readByJooq(t.read.source())) {
            return false;
        }
        String name = call.getNameAsString();
        int arity = call.getArguments().size();
        if (io.github.raceguard.datalayer.Jooq.writesRecord(name, arity)) {
            write(t, call, WriteKind.SAVE);
            return true;
        }
        if (io.github.raceguard.datalayer.Jooq.changesRecord(name, arity)) {
            List<Touches> uses = touchArguments(call);
            String property = arity == 2 && call.getArgument(0) instanceof FieldAccessExpr field
                    ? field.getNameAsString().toLowerCase(java.util.Locale.ROOT) : null;
            changed(t, call, property != null ? "sets " + property : "changes it (" + name + ")", property, uses, false);
            return true;
        }
        return false;
    }

    /** Locals of this method, for {@link #fillLocal}. */
    private Set<String> locals;

    private boolean isLocal(String name) {
        if (locals == null) {
            locals = new java.util.HashSet<>();
            method.findAll(VariableDeclarator.class).forEach(v -> locals.add(v.getNameAsString()));
        }
        return locals.contains(name);
    }

    /**
     * {@code dto.setStock(p.getStock() - q)} on a plain local: the local now carries a value
     * computed from what was read; {@code row.setId(p.getId())} makes it a new instance of the
     * row read, so saving it overwrites that row.
     */
    private void fillLocal(String local, MethodCallExpr call, Value current) {
        Touches argument = collect(call.getArgument(0));
        Value value = argument.result;
        if (isKey(call.getArgument(0)) && value != null && !value.tracked().isParameter()) {
            Tracked row = detached(value.tracked(), call, "gives a new " + value.tracked().entity.simpleName() + " its id");
            if (current != null && current.tracked().dependsOnReadOrIsRead()) {
                changed(row, call, "fills it with values computed from what was read", null, List.of(), false);
                row.dependOn(current.tracked());
            }
            bind(local, new Value(row, Shape.ENTITY));
            return;
        }
        if (current == null) {
            for (Tracked t : argument.values) {
                if (t.dependsOnReadOrIsRead()) {
                    bind(local, new Value(t, Shape.DERIVED));
                    return;
                }
            }
        }
    }

    /**
     * A converter ({@code toDto}, {@code convert}, {@code map}, {@code from..}): an entity read
     * becomes a detached copy (a DTO); a copy mapped back, or any mapping given the id of what
     * was read ({@code mapper.toEntity(dto, existing.getId())}), becomes a new instance of that
     * row whose save overwrites it.
     */
    private Value conversion(MethodCallExpr call, List<Touches> uses) {
        String name = call.getNameAsString();
        if (!isConversion(name)) {
            return null;
        }
        for (int i = 0; i < uses.size(); i++) {
            Value key = uses.get(i).result;
            if (key != null && isKey(call.getArgument(i)) && !key.tracked().isParameter()) {
                Tracked row = detached(key.tracked(), call, "builds a new " + key.tracked().entity.simpleName() + " with its id (" + name + ")");
                List<Touches> values = new ArrayList<>(uses);
                values.remove(i);
                changed(row, call, "overwrites its state with the mapped values (" + name + ")", null, values, false);
                return new Value(row, Shape.ENTITY);
            }
        }
        for (Touches use : uses) {
            Value v = use.result;
            if (v == null || v.tracked().isParameter()) {
                continue;
            }
            if (v.shape() == Shape.COPY) {
                return v.as(Shape.ENTITY); // mapped back: a new instance carrying the id it was read with
            }
            if (v.shape() == Shape.ENTITY) {
                return new Value(detached(v.tracked(), call, "copies it (" + name + ")"), Shape.COPY);
            }
        }
        return null;
    }

    /** {@code updateIfPresent(existing::setName, dto.getName())}, {@code ofNullable(v).ifPresent(existing::setName)}. */
    private void handedSetters(MethodCallExpr call, Touches scopeUse, List<Touches> uses) {
        for (int i = 0; i < call.getArguments().size(); i++) {
            if (!(call.getArgument(i) instanceof MethodReferenceExpr reference) || !EntityMethods.isSetterName(reference.getIdentifier(), 1)) {
                continue;
            }
            // the parser cannot tell existing::setName from Type::method: a variable in scope decides
            String owner = reference.getScope() instanceof NameExpr n ? n.getNameAsString()
                    : reference.getScope() instanceof com.github.javaparser.ast.expr.TypeExpr type ? type.getType().asString() : null;
            Value target = owner == null ? null : variables.get(owner);
            if (target == null || target.shape() == Shape.DERIVED) {
                continue;
            }
            List<Touches> values = new ArrayList<>();
            if (scopeUse != null) {
                values.add(scopeUse);
            }
            for (int j = 0; j < uses.size(); j++) {
                if (j != i) {
                    values.add(uses.get(j));
                }
            }
            String property = propertyOf(reference.getIdentifier());
            changed(target.tracked(), call, "sets " + property + " (passes " + reference + ")", property, values, false);
        }
    }

    /** A MapStruct update method ({@code void update(Dto dto, @MappingTarget Order order)}) changes its target. */
    private boolean mappingTargets(MethodCallExpr call, MethodDeclaration callee, List<Touches> uses) {
        boolean mapped = false;
        for (int i = 0; i < callee.getParameters().size() && i < uses.size(); i++) {
            Value target = uses.get(i).result;
            if (target != null && Names.hasAnnotation(callee.getParameter(i), MAPPING_TARGET)) {
                List<Touches> sources = new ArrayList<>(uses);
                sources.remove(i);
                changed(target.tracked(), call, "maps new values into it (" + callee.getNameAsString() + ")", null, sources, false);
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

    private List<Touches> touchArguments(MethodCallExpr call) {
        List<Touches> uses = new ArrayList<>();
        for (Expression argument : call.getArguments()) {
            uses.add(collect(argument));
        }
        return uses;
    }

    private List<Value> evalArguments(MethodCallExpr call) {
        return touchArguments(call).stream().map(u -> u.result).toList();
    }

    private Value dataLayerCall(MethodCallExpr call, DataLayer.Access access, Value receiver) {
        switch (access.kind()) {
            case SAVE -> {
                List<Value> arguments = evalArguments(call);
                Value entity = arguments.isEmpty() ? receiver : arguments.get(0);
                // a copy saved as it is (a DTO, another entity built from it) is not that row
                if (entity != null && entity.shape() != Shape.DERIVED && entity.shape() != Shape.COPY) {
                    write(entity.tracked(), call, WriteKind.SAVE);
                    return entity.as(access.shape() == DataLayer.ResultShape.MANY ? Shape.COLLECTION : Shape.ENTITY);
                }
                return null;
            }
            case BULK_UPDATE -> {
                // a Redis key is not a value written: set(key, value), put(key, field, value)
                boolean cache = DataLayer.isCache(access);
                bulkUpdate(call, cache ? 1 : 0, cache);
                return null;
            }
            case LOCK -> {
                List<Value> arguments = evalArguments(call);
                if (!arguments.isEmpty() && arguments.get(0) != null) {
                    arguments.get(0).tracked().lockedBy = access.lock();
                }
                return null;
            }
            case COUNT -> {
                // an aggregate written back (n = countByParent(p); setChildCount(n, p)) is a value read
                evalArguments(call);
                Read read = new Read(exactly(call, "reads a count (" + access.operation() + ")"), access.source(), access.operation(), null);
                Tracked t = new Tracked(read, EntityInfo.value("count of " + access.what()), -1, List.of(read.location()));
                tracked.add(t);
                return new Value(t, Shape.DERIVED);
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
                EntityInfo entity = access.entity() != null ? entities.find(access.entity().name()) : dataLayer.row(access);
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
     * from a value read earlier. Keys ({@code x.getId()}, an id parameter) do not count. A cache
     * write ({@code cache}) is a write-back only of a value read from the cache: copying what
     * was read from the database into it fills the cache.
     */
    private void bulkUpdate(MethodCallExpr call, int firstValue, boolean cache) {
        Tracked written = null;
        Expression computed = null;
        for (int i = 0; i < firstValue && i < call.getArguments().size(); i++) {
            eval(call.getArgument(i));
        }
        List<Expression> values = new ArrayList<>(call.getArguments().subList(Math.min(firstValue, call.getArguments().size()), call.getArguments().size()));
        // values passed along a chain or a wrapper: sql(..).param("b", b - d).update(), lambdaUpdate().set(col, v)
        values.addAll(dataLayer.writtenValues(call));
        List<Value> results = new ArrayList<>();
        Set<String> conditions = conditionProperties(call.getNameAsString());
        for (Expression argument : values) {
            Touches seen = collect(argument);
            // updateByIdAndStatus(o.getId(), o.getStatus(), ..): the status read is compared in the WHERE clause, not written
            boolean condition = isKey(argument) || seen.result != null && seen.result.property() != null
                    && conditions.contains(seen.result.property());
            results.add(condition ? null : seen.result);
            if (written == null && !condition) {
                for (Tracked t : seen.values) {
                    if (!t.isParameter() && (!cache || DataLayer.isCacheValue(t.entity.name()))) {
                        written = t;
                        computed = argument;
                        break;
                    }
                }
            }
        }
        if (written != null) {
            written.changes.add(here(computed, "computes the new value from it"));
            written.dependOn(written);
            write(written, call, WriteKind.BULK_UPDATE);
            return;
        }
        for (Value value : results) {
            if (value != null && value.tracked().isParameter()) {
                summary.writesValueOfParameter.putIfAbsent(value.tracked().parameter,
                        List.of(here(call, "writes it with a bulk update (" + call.getNameAsString() + ")")));
                if (cache) {
                    summary.cacheValueParameters.add(value.tracked().parameter);
                }
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
        return mapper instanceof LambdaExpr lambda && lambda.getExpressionBody().map(MethodWalk::isKey).orElse(false);
    }

    private Value onTrackedValue(MethodCallExpr call, Value scope) {
        String name = call.getNameAsString();
        Tracked t = scope.tracked();
        if (scope.is(Shape.OPTIONAL) && UNI_STEPS.contains(name)) {
            // Mutiny: Product.<Product>findById(id).onItem().ifNotNull().invoke(p -> ..) hands the entity read to the
            // callback; the Uni a method returns is its pipeline, not the entity escaping to the caller
            if (name.equals("onItem") || name.equals("ifNotNull")) {
                return scope;
            }
            evalCallbacks(call, scope.as(Shape.ENTITY));
            return null;
        }
        if (scope.is(Shape.OPTIONAL) && (OPTIONAL_UNWRAP.contains(name) || OPTIONAL_CALLBACK.contains(name))) {
            evalCallbacks(call, scope.as(Shape.ENTITY));
            return OPTIONAL_UNWRAP.contains(name) ? scope.as(Shape.ENTITY)
                    : name.equals("map") || name.equals("filter") || name.equals("flatMap") || name.startsWith("doOn") ? scope.as(Shape.OPTIONAL) : null;
        }
        if (scope.is(Shape.COLLECTION)) {
            if (name.equals("map") && extractsKey(call)) {
                return null; // ids of what was read (map(Order::getId)) are keys, not state
            }
            if (name.equals("forEach") || name.equals("map")) {
                evalCallbacks(call, scope.as(Shape.ENTITY));
                return name.equals("map") ? scope.as(Shape.COLLECTION) : null;
            }
            if (FLUX_CALLBACK.contains(name)) {
                evalCallbacks(call, scope.as(Shape.ENTITY));
                return scope.as(Shape.COLLECTION);
            }
            if (COLLECTION_PASS_THROUGH.contains(name)) {
                evalCallbacks(call, scope.as(Shape.ENTITY));
                return scope.as(Shape.COLLECTION);
            }
            if (COLLECTION_ELEMENT.contains(name)) {
                evalArguments(call);
                return scope.as(name.startsWith("find") ? Shape.OPTIONAL : Shape.ENTITY);
            }
            if (COLLECTION_MUTATORS.contains(name) && t.parent != null) {
                List<Touches> uses = touchArguments(call);
                // a new child on the inverse side is an insert of the child; removing one changes no column of the parent
                if (!(t.inverse && (name.startsWith("add") || name.startsWith("remove")))) {
                    changed(t.parent, call, "changes its " + t.viaProperty + " collection", t.viaProperty, uses, true);
                }
                return null;
            }
        }
        if (scope.shape() == Shape.BUILDER) {
            List<Touches> uses = touchArguments(call);
            if (name.equals("build") && call.getArguments().isEmpty()) {
                return scope.as(Shape.ENTITY);
            }
            if (call.getArguments().size() == 1) {
                changed(t, call, "sets " + name + " on a copy (toBuilder)", name, uses, false);
            }
            return scope;
        }
        if (scope.is(Shape.ENTITY) || scope.shape() == Shape.COPY) {
            return onInstance(call, scope);
        }
        if (scope.shape() == Shape.DERIVED) {
            return onDerived(call, scope);
        }
        return NOT_HANDLED;
    }

    /** A call on the entity itself (or a copy of it): a change, or a read of one of its properties. */
    private Value onInstance(MethodCallExpr call, Value scope) {
        String name = call.getNameAsString();
        Tracked t = scope.tracked();
        List<Touches> uses = touchArguments(call);
        int arity = call.getArguments().size();
        String type = typeOf(t);
        boolean setter = EntityMethods.isSetterName(name, arity);
        EntityMethods.Effect effect = type != null ? entityMethods.effect(type, name, arity)
                : setter ? EntityMethods.Effect.MUTATES : EntityMethods.Effect.NONE;
        if (effect == EntityMethods.Effect.NONE && scope.shape() == Shape.COPY && setter) {
            effect = EntityMethods.Effect.MUTATES;
        }
        switch (effect) {
            case MUTATES, MUTATES_RETURNS_SELF -> {
                changed(t, call, setter ? "sets " + propertyOf(name) : "changes it (" + name + ")", setter ? propertyOf(name) : null,
                        uses, type != null && entityMethods.readsOwnState(type, name, arity));
                // a chained or fluent setter (@Accessors) returns the entity itself
                return effect == EntityMethods.Effect.MUTATES_RETURNS_SELF ? scope.as(Shape.ENTITY) : null;
            }
            case COPY_WITH_CHANGE -> { // Lombok @With: a copy of the row with one property changed
                Tracked copy = detachedCopy(t);
                String property = name.length() > 4 ? Character.toLowerCase(name.charAt(4)) + name.substring(5) : name;
                changed(copy, call, "copies it with a new " + property + " (" + name + ")", property, uses, false);
                return new Value(copy, Shape.ENTITY);
            }
            case COPY_TO_BUILDER -> {
                return new Value(detachedCopy(t), Shape.BUILDER);
            }
            default -> {
            }
        }
        if (scope.shape() != Shape.COPY) {
            for (Touches use : uses) {
                if (use.result != null && use.result.shape() != Shape.DERIVED) {
                    use.result.tracked().escapes = true;
                }
            }
        }
        String property = propertyRead(name, arity);
        if (touched != null && property != null) {
            touched.properties.add(new Touches.PropertyRead(t, property));
        }
        if (property != null && type != null && scope.shape() != Shape.COPY && !t.isParameter()) {
            Optional<Entities.Property> declared = entities.property(type, property);
            if (declared.isPresent() && declared.get().entity()) {
                Tracked child = child(t, property, declared.get().elementType(), true, declared.get().inverse());
                return new Value(child, declared.get().collection() ? Shape.COLLECTION : Shape.ENTITY);
            }
        }
        return scope.derivedFrom(property);
    }

    /** A call on a value derived from the entity: a change of a collection or component it holds ({@code order.getLines().add(l)}). */
    private Value onDerived(MethodCallExpr call, Value scope) {
        String name = call.getNameAsString();
        Tracked t = scope.tracked();
        List<Touches> uses = touchArguments(call);
        String type = typeOf(t);
        Optional<Entities.Property> declared = scope.property() == null || type == null ? Optional.empty()
                : entities.property(type, scope.property());
        boolean onGetter = call.getScope().filter(s -> s instanceof MethodCallExpr || s instanceof FieldAccessExpr).isPresent();
        boolean heldHere = onGetter || declared.isPresent();
        if (COLLECTION_MUTATORS.contains(name) && heldHere && declared.map(Entities.Property::collection).orElse(true)) {
            if (!(declared.map(Entities.Property::inverse).orElse(false) && (name.startsWith("add") || name.startsWith("remove")))) {
                changed(t, call, "changes its " + call.getScope().get() + " collection", scope.property(), uses, true);
            }
            return null;
        }
        int arity = call.getArguments().size();
        if (scope.property() != null && heldHere && !declared.map(Entities.Property::collection).orElse(false)) {
            String component = declared.map(Entities.Property::elementType).orElse(null);
            boolean changes = component != null && resolver.types().sourceType(component).isPresent()
                    ? entityMethods.mutates(component, name, arity) : EntityMethods.isSetterName(name, arity);
            if (changes) { // order.getAddress().setCity(c): a component of its row
                changed(t, call, "changes its " + scope.property() + " (" + name + ")", scope.property(), uses,
                        component != null && entityMethods.readsOwnState(component, name, arity));
                return null;
            }
        }
        return scope;
    }

    /** A copy of the object read ({@code @With}, {@code toBuilder()}): the same row, never flushed by dirty checking. */
    private Tracked detachedCopy(Tracked t) {
        Tracked copy = new Tracked(t.read, t.entity, t.parameter, t.readSteps);
        copy.changes.addAll(t.changes);
        copy.dependsOnRead = t.dependsOnRead;
        copy.dependsOnParameters.addAll(t.dependsOnParameters);
        copy.detached = true;
        copy.typeVariable = t.typeVariable;
        tracked.add(copy);
        return copy;
    }

    private String typeOf(Tracked t) {
        return t.type != null ? t.type : t.entity != null ? (t.entity.mapped() ? t.entity.name() : null) : parameterTypeName(t);
    }

    private String parameterTypeName(Tracked t) {
        if (t.parameter < 0 || t.parameter >= method.getParameters().size()) {
            return null;
        }
        Parameter p = method.getParameters().get(t.parameter);
        return resolver.types().typeRef(p.getType(), p).name();
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

    private static final java.util.regex.Pattern CONVERSION = java.util.regex.Pattern.compile(
            "(to|convert|map|from|copy|transform|assemble)([A-Z]\\w*)?|\\w+To[A-Z]\\w*");

    /** A name that says the call maps one representation to another: {@code toDto}, {@code convert}, {@code entityToDto}. */
    static boolean isConversion(String name) {
        return CONVERSION.matcher(name).matches();
    }

    /** The properties a method name compares: {@code updateByIdAndStatus} → id, status. */
    static Set<String> conditionProperties(String name) {
        int by = name.indexOf("By");
        if (by < 0) {
            return Set.of();
        }
        Set<String> properties = new java.util.HashSet<>();
        for (String part : name.substring(by + 2).split("And|Or")) {
            if (!part.isEmpty()) {
                properties.add(Character.toLowerCase(part.charAt(0)) + part.substring(1));
            }
        }
        return properties;
    }

    static boolean isKey(Expression argument) {
        return argument instanceof MethodCallExpr getter && getter.getArguments().isEmpty()
                && (getter.getNameAsString().equals("getId") || getter.getNameAsString().equals("id"));
    }

    private static String propertyOf(String setter) {
        return Character.toLowerCase(setter.charAt(3)) + setter.substring(4);
    }

    /** The property a no-argument call reads: {@code getStock()} → stock, {@code isPaid()} → paid, {@code status()} → status. */
    private static String propertyRead(String name, int arity) {
        if (arity != 0 || name.equals("toString") || name.equals("hashCode") || name.equals("getClass")) {
            return null;
        }
        if (name.length() > 3 && name.startsWith("get") && Character.isUpperCase(name.charAt(3))) {
            return Character.toLowerCase(name.charAt(3)) + name.substring(4);
        }
        if (name.length() > 2 && name.startsWith("is") && Character.isUpperCase(name.charAt(2))) {
            return Character.toLowerCase(name.charAt(2)) + name.substring(3);
        }
        return name;
    }
}
