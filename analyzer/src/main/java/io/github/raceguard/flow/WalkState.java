package io.github.raceguard.flow;

import io.github.raceguard.context.CallGraph;
import io.github.raceguard.persistence.EntityInfo;
import io.github.raceguard.types.TypeRef;
import io.github.raceguard.datalayer.DataLayer;
import io.github.raceguard.persistence.Entities;
import io.github.raceguard.persistence.EntityMethods;
import io.github.raceguard.types.Locations;
import io.github.raceguard.context.TransactionContext;
import io.github.raceguard.context.Transactions;
import io.github.raceguard.types.TypeResolver;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.raceguard.flow.ReadModifyWrite.Protection;
import io.github.raceguard.flow.ReadModifyWriteAnalysis.Summary;
import io.github.raceguard.flow.ReadModifyWrite.WriteKind;
import io.github.raceguard.report.Location;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The abstract state of one method walk (see {@link MethodWalk}) and what happens to it: the
 * values locals may hold and their join after branches, the checks the code runs under, changes
 * with what they depend on, child entities, composition of a callee's summary, and the writes that
 * become read-modify-write events of the method's {@link Summary}.
 */
abstract class WalkState {
    final TypeResolver resolver;
    final DataLayer dataLayer;
    final CallGraph callGraph;
    final Entities entities;
    final EntityMethods entityMethods;
    final Transactions transactions;
    private final ReadModifyWriteAnalysis analysis;

    WalkState(ReadModifyWriteAnalysis analysis, CallableDeclaration<?> method) {
        this.analysis = analysis;
        this.resolver = analysis.resolver;
        this.dataLayer = analysis.dataLayer;
        this.callGraph = analysis.callGraph;
        this.entities = analysis.entities;
        this.entityMethods = analysis.entityMethods;
        this.transactions = analysis.transactions;
        this.method = method;
    }

    /** Walks a statement or expression of the method. */
    abstract void walk(Node node);

    /** The callee's summary, computed once by the analysis. */
    private Summary summary(CallableDeclaration<?> callee) {
        return analysis.summary(callee);
    }

    final CallableDeclaration<?> method;
    final Summary summary = new Summary();
    /** What each local may hold here; a path that makes it a new object drops it (see {@link #merge}). */
    Map<String, Value> variables = new HashMap<>();
    final List<Tracked> tracked = new ArrayList<>();
    /** The conditions the code being walked runs under: the properties of tracked values they read. */
    final Deque<Set<Touches.PropertyRead>> guards = new ArrayDeque<>();
    int synchronizedDepth;

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
                if (!t.changes.isEmpty() && !t.detached && t.parent == null) {
                    summary.changesParameter.put(t.parameter, List.copyOf(t.changes));
                    if (t.dependsOnRead) {
                        summary.changeDependsOnRead.add(t.parameter);
                    }
                    if (!t.dependsOnParameters.isEmpty()) {
                        summary.changeDependsOnParameters.put(t.parameter, Set.copyOf(t.dependsOnParameters));
                    }
                }
            } else if (!t.written && !t.escapes && !t.detached && !t.changes.isEmpty() && t.entity.jpa()
                    && (t.parent == null || !t.parent.escapes)
                    && (t.read == null || io.github.raceguard.datalayer.HibernateSessions.managed(t.read.source()))) {
                dirtyChecking(t);
            }
        }
        return summary;
    }

    /** A managed entity changed inside a transaction is flushed at commit: the change is the write. */
    void dirtyChecking(Tracked t) {
        Location change = t.changes.get(0);
        TransactionContext context = contextAt(change);
        if (!context.active() || context.readOnly()) {
            return;
        }
        record(t, change, List.of(change), WriteKind.DIRTY_CHECKING, context, false);
    }

    TransactionContext contextAt(Location location) {
        Node node = nodeAt.getOrDefault(location, method);
        return transactions.at(node);
    }

    /** Nodes behind the locations created in this walk, to ask for their transaction context. */
    final Map<Location, Node> nodeAt = new HashMap<>();

    Location here(Node node, String message) {
        Location location = Locations.ofStatement(node, message);
        nodeAt.put(location, node);
        return location;
    }

    Location exactly(Node node, String message) {
        Location location = Locations.of(node, message);
        nodeAt.put(location, node);
        return location;
    }

    void truncateGuards(int depth) {
        while (guards.size() > depth) {
            guards.pop();
        }
    }

    /** The state after two paths: a local bound on either keeps its value; what was read wins over a parameter. */
    Map<String, Value> merge(Map<String, Value> a, Map<String, Value> b) {
        Map<String, Value> merged = new HashMap<>(a);
        b.forEach((name, value) -> merged.merge(name, value,
                (x, y) -> x.tracked().isParameter() && !y.tracked().isParameter() ? y : x));
        return merged;
    }

    void bind(String name, Value value) {
        if (value == null) {
            variables.remove(name);
        } else {
            variables.put(name, value);
        }
    }

    /**
     * Records a change of {@code t} and what it depends on: the values it used, its own state
     * when it reads it, and the checks of the same property it runs under.
     */
    void changed(Tracked t, Node where, String what, String property, List<Touches> uses, boolean readsItself) {
        Tracked target = t.component ? t.parent : t;
        target.changes.add(here(where, what));
        for (Touches use : uses) {
            use.values.forEach(target::dependOn);
        }
        if (readsItself) {
            target.dependOn(target);
        }
        for (Set<Touches.PropertyRead> guard : guards) {
            for (Touches.PropertyRead check : guard) {
                Tracked checked = check.tracked().component ? check.tracked().parent : check.tracked();
                if (checked == target && !check.property().equals("id")
                        && (property == null || property.equals(check.property()) || isDerivedState(target, check.property()))) {
                    target.dependOn(target); // a state transition decided by the state it changes
                }
            }
        }
    }

    /** {@code order.isPayable()}, {@code canCancel()}: state computed from fields, not a field of its own. */
    boolean isDerivedState(Tracked t, String property) {
        return t.entity != null && t.entity.mapped() && resolver.types().sourceType(t.entity.name()).isPresent()
                && entities.property(t.entity.name(), property).isEmpty();
    }

    /** The child entity (or component of its row) reached through {@code property} of {@code root}. */
    Tracked child(Tracked root, String property, String type, boolean entity, boolean inverse) {
        return root.children.computeIfAbsent(property, p -> {
            boolean ownRow = entity && !root.isParameter();
            Tracked c = new Tracked(root.read, ownRow ? entities.find(type) : root.entity, root.parameter, root.readSteps);
            c.parent = root;
            c.component = !ownRow;
            c.type = type;
            c.viaProperty = property;
            c.inverse = inverse;
            tracked.add(c);
            return c;
        });
    }

    /** A new instance standing for the row {@code source} read (a DTO mapped from it, an entity given its id). */
    Tracked detached(Tracked source, Node where, String what) {
        List<Location> steps = new ArrayList<>(source.readSteps);
        steps.add(here(where, what));
        Tracked copy = new Tracked(source.read, source.entity, source.parameter, List.copyOf(steps));
        copy.detached = true;
        tracked.add(copy);
        return copy;
    }

    // ---- composition across methods

    Value composeCallee(MethodCallExpr call, CallableDeclaration<?> callee, List<Value> arguments) {
        Summary calleeSummary = summary(callee);
        String calleeName = callee.getNameAsString() + "()";
        for (int a = 0; a < arguments.size(); a++) {
            Value argument = arguments.get(a);
            if (argument == null) {
                continue;
            }
            int i = CallGraph.parameterIndex(callee, a); // varargs: every trailing argument is the last parameter
            List<Location> valueWrites = calleeSummary.writesValueOfParameter.get(i);
            boolean fill = calleeSummary.cacheValueParameters.contains(i) && !argument.tracked().isParameter()
                    && !DataLayer.isCacheValue(argument.tracked().entity.name()); // what the database returned, copied into a cache
            // a value computed from what was read, written into a row the callee reads (not a DTO's value)
            boolean computed = argument.shape() == Shape.DERIVED && !argument.tracked().detached || argument.tracked().isParameter();
            if (valueWrites != null && !fill && computed) {
                Location site = here(call, "calls " + calleeName + ", which writes it");
                List<Location> steps = new ArrayList<>();
                steps.add(site);
                steps.addAll(valueWrites);
                if (argument.tracked().isParameter()) {
                    summary.writesValueOfParameter.putIfAbsent(argument.tracked().parameter, steps);
                    if (calleeSummary.cacheValueParameters.contains(i)) {
                        summary.cacheValueParameters.add(argument.tracked().parameter);
                    }
                } else {
                    argument.tracked().changes.add(here(call.getArgument(a), "computes the new value from it"));
                    argument.tracked().dependOn(argument.tracked());
                    writeVia(argument.tracked(), site, steps, WriteKind.BULK_UPDATE);
                }
            }
            if (argument.shape() == Shape.DERIVED) {
                continue;
            }
            Tracked target = argument.tracked().component ? argument.tracked().parent : argument.tracked();
            List<Location> changes = calleeSummary.changesParameter.get(i);
            if (changes != null) {
                target.changes.add(here(call, "calls " + calleeName + ", which changes it"));
                target.changes.addAll(changes);
                if (calleeSummary.changeDependsOnRead.contains(i)) {
                    target.dependsOnRead = true;
                }
                for (int j : calleeSummary.changeDependsOnParameters.getOrDefault(i, Set.of())) {
                    if (j < arguments.size() && arguments.get(j) != null) {
                        target.dependOn(arguments.get(j).tracked());
                    }
                }
            }
            List<Location> writes = calleeSummary.writesParameter.get(i);
            if (writes != null) {
                Location site = here(call, "calls " + calleeName + ", which writes it");
                List<Location> steps = new ArrayList<>();
                steps.add(site);
                steps.addAll(writes);
                writeVia(target, site, steps, WriteKind.SAVE);
            }
        }
        Value returned = calleeSummary.returned;
        if (returned != null && returned.tracked().read != null) {
            Tracked inner = returned.tracked();
            EntityInfo entity = inner.entity;
            String typeVariable = inner.typeVariable;
            if (typeVariable != null) {
                // read as E by a generic base class: E is what this caller's view binds it to
                TypeRef bound = callGraph.typeArguments(call, callee).get(typeVariable);
                if (bound != null && bound.isVariable()) {
                    typeVariable = bound.name();
                } else if (bound != null) {
                    entity = entities.find(bound.name());
                    typeVariable = null;
                }
            }
            List<Location> steps = new ArrayList<>(inner.readSteps);
            steps.add(here(call, "gets the " + entity.simpleName() + " read by " + calleeName));
            Tracked copy = inner.copy(steps, entity);
            copy.typeVariable = typeVariable;
            tracked.add(copy);
            return new Value(copy, returned.shape());
        }
        return null;
    }

    // ---- writes

    void write(Tracked t, MethodCallExpr call, WriteKind kind) {
        write(t, call, call.getNameAsString(), kind);
    }

    void write(Tracked t, Node call, String operation, WriteKind kind) {
        // the call itself, not its statement: in a chain spanning lines the write sits on its own line
        Location site = exactly(call, kind == WriteKind.BULK_UPDATE
                ? "writes a value computed from it with a bulk update (" + operation + ")"
                : "writes it back (" + operation + ")");
        if (t.component) {
            t = t.parent;
        }
        if (t.isParameter()) {
            summary.writesParameter.putIfAbsent(t.parameter, List.of(site));
            t.written = true;
            return;
        }
        for (Tracked child : t.children.values()) { // saving the root writes the child entities it holds
            if (!child.component && !child.written && !child.changes.isEmpty()) {
                child.written = true;
                record(child, site, List.of(site), kind, transactions.at(call), synchronizedDepth > 0);
            }
        }
        if (kind == WriteKind.SAVE && t.changes.isEmpty()) {
            return; // saving what was read, unchanged, loses nothing
        }
        t.written = true;
        record(t, site, List.of(site), kind, transactions.at(call), synchronizedDepth > 0);
    }

    void writeVia(Tracked t, Location site, List<Location> steps, WriteKind kind) {
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

    void record(Tracked t, Location write, List<Location> writeSteps, WriteKind kind,
                        TransactionContext context, boolean jvmLock) {
        if (t.typeVariable != null) {
            return; // an entity known only as a type parameter: its version cannot be told here
        }
        if (!t.dependsOnRead) {
            // a blind overwrite loses nothing it read; a value handed in may have been computed by the caller
            for (int p : t.dependsOnParameters) {
                summary.writesValueOfParameter.putIfAbsent(p, writeSteps);
            }
        }
        Protection protection = protection(t, kind, context);
        List<Location> changes = kind == WriteKind.DIRTY_CHECKING ? List.of() : List.copyOf(t.changes);
        List<Location> steps = kind == WriteKind.DIRTY_CHECKING
                ? List.of(write.withMessage("writes it back at commit (JPA dirty checking): " + write.message()))
                : writeSteps;
        summary.events.add(new ReadModifyWrite(method, t.entity, t.read, t.readSteps, changes, write, steps,
                kind, context, protection, jvmLock || isSynchronizedMethod(), !t.dependsOnRead));
    }

    boolean isSynchronizedMethod() {
        return method instanceof MethodDeclaration m && m.isSynchronized();
    }

    Protection protection(Tracked t, WriteKind kind, TransactionContext context) {
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
