package io.github.raceguard.context;


import io.github.raceguard.types.AnnotationValues;
import io.github.raceguard.flow.Conditions;
import io.github.raceguard.types.Names;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.TryStmt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which locks are held at a point of the code: {@code synchronized} methods and blocks (with
 * their monitor), a {@code Lock} acquired before a {@code try} whose {@code finally} releases it
 * (or released a few statements later), the write or read lock of a {@code ReadWriteLock} /
 * {@code StampedLock}, a Guava {@code Striped} lock for one key, and Lombok's
 * {@code @Synchronized}. A private method also holds every lock that all its callers in the
 * class hold when they call it.
 */
public final class Synchronization {

    static final Set<String> LOMBOK_SYNCHRONIZED = Set.of("lombok.Synchronized");
    private static final Set<String> ACQUIRE = Set.of("lock", "lockInterruptibly", "tryLock");
    private static final Set<String> RELEASE = Set.of("unlock", "unlockWrite", "unlockRead");

    private final Fields fields;
    private final CallGraph callGraph;
    private final Map<CallableDeclaration<?>, Set<Guard>> entry = Collections.synchronizedMap(new IdentityHashMap<>());

    public Synchronization(Fields fields, CallGraph callGraph) {
        this.fields = fields;
        this.callGraph = callGraph;
    }

    /** Every lock held at {@code node}: acquired around it in its method, or held by all callers of its private method. */
    public Set<Guard> at(Node node) {
        Set<Guard> held = new LinkedHashSet<>(local(node));
        enclosingCallable(node).ifPresent(method -> held.addAll(entry(method, new EntryWalk())));
        return held;
    }

    /** The locks acquired around {@code node} inside its own method (lambdas included, nested classes not). */
    public Set<Guard> local(Node node) {
        Set<Guard> held = new LinkedHashSet<>();
        Node child = node;
        for (Node n = node.getParentNode().orElse(null); n != null; child = n, n = n.getParentNode().orElse(null)) {
            if (n instanceof SynchronizedStmt sync && child == sync.getBody()) {
                held.add(monitor(sync.getExpression()));
            } else if (n instanceof TryStmt tryStmt && (child == tryStmt.getTryBlock() || child instanceof CatchClause)) {
                tryStmt.getFinallyBlock().ifPresent(f -> held.addAll(releasedIn(f)));
            } else if (n instanceof BlockStmt block) {
                held.addAll(heldBetween(block, child));
            } else if (n instanceof CallableDeclaration<?> callable) {
                methodGuard(callable).ifPresent(held::add);
                break;
            } else if (n instanceof TypeDeclaration<?> || n instanceof BodyDeclaration<?> && n.getParentNode().orElse(null) instanceof ObjectCreationExpr) {
                break;
            }
        }
        return held;
    }

    private static Optional<CallableDeclaration<?>> enclosingCallable(Node node) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof CallableDeclaration<?> c) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    // ---- what a construct locks

    private Optional<Guard> methodGuard(CallableDeclaration<?> callable) {
        String type = typeKey(callable);
        if (callable instanceof MethodDeclaration m && m.isSynchronized()) {
            return Optional.of(m.isStatic()
                    ? new Guard("class " + type, Guard.Mode.EXCLUSIVE, false, "static synchronized method " + m.getNameAsString() + "()")
                    : new Guard("this " + type, Guard.Mode.EXCLUSIVE, true, "synchronized method " + m.getNameAsString() + "()"));
        }
        Optional<AnnotationExpr> lombok = Names.annotation(callable, LOMBOK_SYNCHRONIZED);
        if (lombok.isPresent()) {
            String lockName = AnnotationValues.string(lombok.get(), "value").orElse("");
            boolean isStatic = callable.isStatic();
            if (lockName.isEmpty()) {
                return Optional.of(new Guard((isStatic ? "$LOCK " : "$lock ") + type, Guard.Mode.EXCLUSIVE, !isStatic,
                        "@Synchronized method " + callable.getNameAsString() + "()"));
            }
            Optional<FieldInfo> lockField = callable.findAncestor(TypeDeclaration.class)
                    .flatMap(t -> fields.named((TypeDeclaration<?>) t, lockName));
            return Optional.of(new Guard(lockField.map(FieldInfo::qualifiedName).orElse(lockName + " " + type), Guard.Mode.EXCLUSIVE,
                    lockField.map(f -> !f.isStatic()).orElse(!isStatic),
                    "@Synchronized(\"" + lockName + "\") method " + callable.getNameAsString() + "()"));
        }
        return EjbConcurrency.containerLock(callable); // an EJB @Singleton's @Lock(WRITE / READ)
    }

    /** The monitor of {@code synchronized (expression)}. */
    Guard monitor(Expression expression) {
        Expression e = Fields.unwrap(expression);
        String description = "synchronized (" + e + ")";
        if (e instanceof ThisExpr self && self.getTypeName().isEmpty()) {
            return new Guard("this " + typeKey(e), Guard.Mode.EXCLUSIVE, true, description);
        }
        if (e instanceof ClassExpr classExpr) {
            String name = fields.types().resolve(classExpr.getType().asString(), e).orElse(classExpr.getType().asString());
            return new Guard("class " + name, Guard.Mode.EXCLUSIVE, false, description);
        }
        Optional<FieldInfo> field = fields.resolve(e);
        if (field.isPresent()) {
            return new Guard(field.get().qualifiedName(), Guard.Mode.EXCLUSIVE, !field.get().isStatic(), description);
        }
        return new Guard(e.toString(), Guard.Mode.EXCLUSIVE, true, description);
    }

    /** Locks a {@code finally} block releases: held in the {@code try} block and its {@code catch} clauses. */
    private List<Guard> releasedIn(BlockStmt finallyBlock) {
        List<Guard> released = new ArrayList<>();
        for (MethodCallExpr call : finallyBlock.findAll(MethodCallExpr.class)) {
            if (RELEASE.contains(call.getNameAsString()) && call.getScope().isPresent()) {
                Guard.Mode mode = call.getNameAsString().equals("unlockRead") ? Guard.Mode.SHARED : null;
                lock(call.getScope().get(), mode, 0).ifPresent(released::add);
            }
        }
        return released;
    }

    /** {@code x.lock(); ...; x.unlock();} without try/finally: the statements in between hold it. */
    private List<Guard> heldBetween(BlockStmt block, Node child) {
        List<Statement> statements = block.getStatements();
        int at = Conditions.indexOf(statements, child);
        if (at < 0) {
            return List.of();
        }
        List<Guard> held = new ArrayList<>();
        for (int i = 0; i < at; i++) {
            Optional<Expression> acquired = lockCall(statements.get(i), ACQUIRE);
            if (acquired.isEmpty()) {
                continue;
            }
            for (int j = at + 1; j < statements.size(); j++) {
                Optional<Expression> released = lockCall(statements.get(j), RELEASE);
                if (released.isPresent() && released.get().toString().equals(acquired.get().toString())) {
                    lock(acquired.get(), null, 0).ifPresent(held::add);
                    break;
                }
            }
        }
        return held;
    }

    private static Optional<Expression> lockCall(Statement statement, Set<String> names) {
        if (statement instanceof ExpressionStmt e && e.getExpression() instanceof MethodCallExpr call
                && names.contains(call.getNameAsString()) && call.getScope().isPresent()) {
            return call.getScope();
        }
        return Optional.empty();
    }

    /** The lock a receiver of {@code unlock()} denotes, following local variables to their initializer. */
    private Optional<Guard> lock(Expression receiver, Guard.Mode mode, int depth) {
        Expression e = Fields.unwrap(receiver);
        if (depth > 3) {
            return Optional.empty();
        }
        if (e instanceof MethodCallExpr call && call.getScope().isPresent()) {
            String name = call.getNameAsString();
            Expression scope = call.getScope().get();
            if (name.equals("writeLock") || name.equals("readLock") || name.equals("asWriteLock") || name.equals("asReadLock")) {
                boolean read = name.contains("ead");
                Optional<Guard> base = lock(scope, null, depth + 1);
                return base.map(b -> new Guard(b.monitor(), read ? Guard.Mode.SHARED : b.mode() == Guard.Mode.PER_KEY ? Guard.Mode.PER_KEY : Guard.Mode.EXCLUSIVE,
                        b.perInstance(), e.toString()));
            }
            if ((name.equals("get") || name.equals("getAt")) && isStriped(scope)) {
                Optional<FieldInfo> striped = fields.resolve(scope);
                return Optional.of(new Guard(striped.map(FieldInfo::qualifiedName).orElse(scope.toString()), Guard.Mode.PER_KEY,
                        striped.map(f -> !f.isStatic()).orElse(true), e + " (a Striped lock for one key)"));
            }
            return Optional.of(new Guard(e.toString(), mode != null ? mode : Guard.Mode.EXCLUSIVE, true, e.toString()));
        }
        if (e instanceof NameExpr name && fields.isLocal(name.getNameAsString(), name)) {
            Optional<Expression> initializer = localInitializer(name);
            if (initializer.isPresent()) {
                return lock(initializer.get(), mode, depth + 1)
                        .map(g -> new Guard(g.monitor(), mode != null ? mode : g.mode(), g.perInstance(), name + " = " + g.description()));
            }
            return Optional.of(new Guard(name.toString(), mode != null ? mode : Guard.Mode.EXCLUSIVE, true, name.toString()));
        }
        Optional<FieldInfo> field = fields.resolve(e);
        if (field.isPresent()) {
            return Optional.of(new Guard(field.get().qualifiedName(), mode != null ? mode : Guard.Mode.EXCLUSIVE,
                    !field.get().isStatic(), e.toString()));
        }
        return Optional.of(new Guard(e.toString(), mode != null ? mode : Guard.Mode.EXCLUSIVE, true, e.toString()));
    }

    private boolean isStriped(Expression scope) {
        return fields.resolve(scope).map(f -> f.typeName().equals("Striped")).orElse(false);
    }

    private static Optional<Expression> localInitializer(NameExpr name) {
        Optional<CallableDeclaration<?>> method = enclosingCallable(name);
        if (method.isEmpty()) {
            return Optional.empty();
        }
        for (VariableDeclarator v : method.get().findAll(VariableDeclarator.class)) {
            if (v.getNameAsString().equals(name.getNameAsString()) && v.getInitializer().isPresent()) {
                return v.getInitializer();
            }
        }
        return Optional.empty();
    }

    /** The enclosing class (or anonymous class) that {@code this} denotes at {@code node}. */
    private static String typeKey(Node node) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type) {
                return type.getFullyQualifiedName().orElse(type.getNameAsString());
            }
            if (n instanceof BodyDeclaration<?> && n.getParentNode().orElse(null) instanceof ObjectCreationExpr creation) {
                return "anonymous " + creation.getType().getNameAsString() + "@" + creation.getBegin().map(p -> p.line).orElse(0);
            }
        }
        return "?";
    }

    // ---- locks every caller holds

    /** One top-down walk over callers: the methods in progress, and how many cycles it cut. */
    private static final class EntryWalk {
        final Set<CallableDeclaration<?>> inProgress = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        int cuts;
    }

    /**
     * A result is kept only when no caller cycle was cut below it: one computed inside a cycle
     * depends on where the cycle was entered, and would make the answer depend on the order of
     * questions.
     */
    private Set<Guard> entry(CallableDeclaration<?> method, EntryWalk walk) {
        Set<CallableDeclaration<?>> inProgress = walk.inProgress;
        if (!(method instanceof MethodDeclaration m) || !m.isPrivate()) {
            return Set.of();
        }
        Set<Guard> known = entry.get(method);
        if (known != null) {
            return known;
        }
        if (!inProgress.add(method)) {
            walk.cuts++;
            return null; // a cycle: the caller in progress decides
        }
        int cutsBefore = walk.cuts;
        Set<Guard> common = null;
        for (MethodCallExpr call : callGraph.callers(m)) {
            Optional<CallableDeclaration<?>> caller = enclosingCallable(call);
            Set<Guard> held = new LinkedHashSet<>(local(call));
            if (caller.isPresent() && !deferred(call, caller.get())) {
                Set<Guard> callerEntry = entry(caller.get(), walk);
                if (callerEntry == null) {
                    continue;
                }
                held.addAll(callerEntry);
            }
            if (common == null) {
                common = held;
            } else {
                common.retainAll(held);
            }
        }
        inProgress.remove(method);
        Set<Guard> result = common == null ? Set.of() : Set.copyOf(common);
        if (walk.cuts == cutsBefore || inProgress.isEmpty()) {
            entry.put(method, result);
        }
        return result;
    }

    /** Inside a lambda or anonymous class within {@code caller}: it may run later, without the caller's locks. */
    private static boolean deferred(Node call, Node caller) {
        for (Node n = call.getParentNode().orElse(null); n != null && n != caller; n = n.getParentNode().orElse(null)) {
            if (n instanceof LambdaExpr || n instanceof BodyDeclaration<?> && n.getParentNode().orElse(null) instanceof ObjectCreationExpr) {
                return true;
            }
        }
        return false;
    }
}
