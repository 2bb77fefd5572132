package io.github.raceguard.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import io.github.raceguard.flow.Conditions;
import io.github.raceguard.flow.FieldAccess;
import io.github.raceguard.context.FieldInfo;
import io.github.raceguard.context.Guard;
import io.github.raceguard.types.Locations;
import io.github.raceguard.model.ProjectModel;
import io.github.raceguard.report.Level;
import io.github.raceguard.report.Location;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code check-then-act} (SPEC §1): two operations on a thread-safe object (a concurrent map or
 * cache, an atomic, a volatile field) that are each atomic but not together, where the second
 * depends on what the first saw; and lazy initialization of a shared non-volatile field without
 * synchronization (including double-checked locking without {@code volatile}). Reported on the
 * second operation, once per method.
 */
public final class CheckThenActRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "check-then-act",
            "CheckThenAct",
            Level.WARNING,
            "A check and an action on a thread-safe object are two separate operations: another thread can act in between.",
            "Each call of a ConcurrentHashMap, a cache or an AtomicLong is atomic, but two calls are not: after "
                    + "containsKey/get returns, another request can put the same key; after atomic.get() returns, another "
                    + "request can change the value; a volatile field's ++ is a read and a separate write. Code that acts "
                    + "on what it checked (put after a failed get, set(get() + 1), increment after a limit check) then "
                    + "loses values, creates duplicates or exceeds limits under load. The same holds for lazy "
                    + "initialization of a shared non-volatile field without a lock, and for double-checked locking on "
                    + "a field that is not volatile: another thread can see the object before it is fully constructed.",
            """
            Let the thread-safe object do the check and the action in one atomic operation.

            **Before** (two requests can both miss the cache and both load; one value replaces the other):
            ```java
            private final ConcurrentMap<String, Rate> rates = new ConcurrentHashMap<>();

            public Rate rate(String currency) {
                Rate rate = rates.get(currency);
                if (rate == null) {
                    rate = loadRate(currency);
                    rates.put(currency, rate);
                }
                return rate;
            }
            ```

            **After**:
            ```java
            public Rate rate(String currency) {
                return rates.computeIfAbsent(currency, this::loadRate);
            }
            ```

            Counters and limits: `counter.set(counter.get() + 1)` becomes `counter.incrementAndGet()`;
            `if (used.get() < limit) used.incrementAndGet();` becomes
            `used.updateAndGet(n -> n < limit ? n + 1 : n)` or a `compareAndSet` loop; a `volatile long`
            updated with `++` becomes an `AtomicLong` or `LongAdder`. Lazy initialization: initialize a
            `final` field eagerly, or declare the field `volatile` and re-check it inside `synchronized`.
            """,
            List.of("concurrency", "correctness", "thread-safety"),
            "high");

    private static final Set<String> ATOMIC_READS = Set.of("get", "getPlain", "getAcquire", "getOpaque", "intValue",
            "longValue", "doubleValue", "floatValue", "sum");
    private static final Set<String> ATOMIC_WRITES = Set.of("set", "lazySet", "setPlain", "setRelease", "setOpaque",
            "getAndSet", "incrementAndGet", "getAndIncrement", "decrementAndGet", "getAndDecrement", "addAndGet",
            "getAndAdd", "updateAndGet", "getAndUpdate", "accumulateAndGet", "getAndAccumulate", "increment",
            "decrement", "add", "reset", "sumThenReset", "accumulate");
    private static final Set<String> MAP_CHECKS = Set.of("containsKey", "get", "getIfPresent", "getOrDefault");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** One non-atomic pair: the second operation (reported) and what it depends on. */
    private record Race(FieldAccess act, Node check, String message, Level level) {
        Race(FieldAccess act, Node check, String message) {
            this(act, check, message, DESCRIPTOR.defaultLevel());
        }
    }

    @Override
    public void check(MethodContext context) {
        ProjectModel model = context.model();
        List<FieldAccess> accesses = model.fieldAccesses().in(context.method());
        List<Race> races = new ArrayList<>();
        for (FieldAccess access : accesses) {
            FieldInfo field = access.field();
            Optional<Race> race = switch (access.kind()) {
                case UPDATE -> field.isVolatile() ? volatileUpdate(access) : Optional.empty();
                case CALL -> field.kind() == FieldInfo.Kind.ATOMIC ? atomic(access, accesses)
                        : field.kind() == FieldInfo.Kind.CONCURRENT_MAP || field.kind() == FieldInfo.Kind.CACHE ? map(access, accesses)
                        : Optional.empty();
                case ASSIGN -> lazyInitialization(access, model);
                default -> Optional.empty();
            };
            if (race.isPresent() && !model.singletons().setsUp(access.method(), field)) {
                races.add(race.get());
            }
        }
        races.stream()
                .min(Comparator.comparingInt((Race r) -> r.act().line()).thenComparingInt(r -> r.act().column()))
                .ifPresent(race -> report(context, race));
    }

    private static void report(MethodContext context, Race race) {
        FieldInfo field = race.act().field();
        List<Location> related = new ArrayList<>();
        related.add(Locations.of(field.variable(), "field " + field.name()));
        if (race.check() != null) {
            related.add(Locations.of(race.check(), "check of " + field.name()));
        }
        context.report(DESCRIPTOR, race.level(), race.message(), Locations.ofStatement(race.act().node(), "acts on " + field.name()),
                related, List.of());
    }

    // ---- volatile read-modify-write

    private static Optional<Race> volatileUpdate(FieldAccess update) {
        if (!update.guards(Guard.Mode.EXCLUSIVE).isEmpty()) {
            return Optional.empty();
        }
        String shown = shortText(update.node(), update.operation());
        return Optional.of(new Race(update, null, "Check-then-act: the volatile field [" + update.field().name() + "](1) is updated with `"
                + shown + "`, a read followed by a separate write. volatile makes each of them visible, not the pair atomic: "
                + "concurrent updates are lost. Fix: use an AtomicInteger / AtomicLong / LongAdder (incrementAndGet, "
                + "addAndGet, updateAndGet), or do the update under a lock."));
    }

    // ---- atomics

    private static Optional<Race> atomic(FieldAccess act, List<FieldAccess> accesses) {
        if (!ATOMIC_WRITES.contains(act.callName())) {
            return Optional.empty();
        }
        List<FieldAccess> reads = accesses.stream()
                .filter(read -> read.field().equals(act.field()) && read.kind() == FieldAccess.Kind.CALL
                        && ATOMIC_READS.contains(read.callName())
                        && comesFirst(read.node(), act.node()) && dependsOn(act.node(), read.node()))
                .toList();
        if (reads.isEmpty() || reads.stream().anyMatch(read -> commonlyGuarded(read, act, false))) {
            return Optional.empty(); // no check, or one re-done under the lock the act holds
        }
        FieldAccess read = reads.get(reads.size() - 1);
        String name = act.field().name();
        String type = act.field().typeName();
        String fix = type.equals("AtomicBoolean") ? "check and set in one step with " + name + ".compareAndSet(expected, newValue)."
                : type.endsWith("Adder") || type.endsWith("Accumulator")
                ? type + " cannot check and act in one step: use sumThenReset(), or an AtomicLong with compareAndSet."
                : "use one atomic operation (incrementAndGet, updateAndGet(v -> ...), accumulateAndGet) or a compareAndSet loop.";
        return Optional.of(new Race(act, read.node(), "Check-then-act on the atomic [" + name + "](1): `" + act.callName()
                + "` acts on the value read by [" + read.callName() + "()](2), but another thread can change " + name
                + " in between; each call is atomic, the pair is not. Fix: " + fix));
    }

    // ---- concurrent maps and caches

    private static Optional<Race> map(FieldAccess act, List<FieldAccess> accesses) {
        if (!act.callName().equals("put") || act.viaView() || !(act.node() instanceof MethodCallExpr put) || put.getArguments().size() != 2) {
            return Optional.empty();
        }
        String key = put.getArgument(0).toString();
        List<FieldAccess> checks = accesses.stream()
                .filter(check -> check.field().equals(act.field()) && check.kind() == FieldAccess.Kind.CALL && !check.viaView()
                        && MAP_CHECKS.contains(check.callName()) && check.node() instanceof MethodCallExpr get
                        && !get.getArguments().isEmpty() && get.getArgument(0).toString().equals(key)
                        && comesFirst(check.node(), act.node()) && dependsOn(act.node(), check.node()))
                .toList();
        if (checks.isEmpty() || checks.stream().anyMatch(check -> commonlyGuarded(check, act, true))) {
            return Optional.empty(); // no check, or one re-done under the lock the put holds (double-checked)
        }
        FieldAccess check = checks.get(checks.size() - 1);
        String name = act.field().name();
        boolean cache = act.field().kind() == FieldInfo.Kind.CACHE;
        Expression value = put.getArgument(1);
        // put(k, get(k) + 1), put(k, old == null ? 1 : old + 1): the new value is computed from the old one
        boolean computed = isInside(check.node(), value)
                || !(value instanceof NameExpr) && resultVariable(check.node()).map(v -> mentions(value, v)).orElse(false);
        // put(k, Boolean.TRUE), put(k, k): the map ends up the same, but what the check guards runs twice
        boolean idempotent = !computed && isConstant(value, put.getArgument(0));
        String fix = cache
                ? "let the cache load it atomically: " + name + ".get(" + key + ", k -> load(k)) (Caffeine), "
                        + name + ".get(" + key + ", () -> load(" + key + ")) (Guava, Spring)."
                : computed
                ? "use " + name + ".merge(" + key + ", ...) or " + name + ".compute(" + key + ", (k, v) -> ...)."
                : idempotent
                ? "let `" + name + ".putIfAbsent(" + key + ", " + value + ") == null` be the check, or use computeIfAbsent."
                : "use " + name + ".computeIfAbsent(" + key + ", k -> ...) or " + name + ".putIfAbsent(" + key + ", ...).";
        String consequence = computed ? "its update is lost."
                : idempotent ? "both threads pass the check and run what it guards twice (the map ends up the same)."
                : "one value silently replaces the other.";
        return Optional.of(new Race(act, check.node(), "Check-then-act on the " + (cache ? "cache" : "concurrent map") + " ["
                + name + "](1): this put(" + key + ", ...) depends on [" + check.callName() + "(" + key + ")](2), but another "
                + "thread can put the same key in between: " + consequence + " Each call is atomic, the pair is not. Fix: " + fix));
    }

    /** A literal, a constant ({@code Boolean.TRUE}, {@code PRESENT}) or the key itself: the same value whoever puts it. */
    private static boolean isConstant(Expression value, Expression key) {
        if (value instanceof com.github.javaparser.ast.expr.LiteralExpr || value.toString().equals(key.toString())) {
            return true;
        }
        String name = value instanceof com.github.javaparser.ast.expr.FieldAccessExpr f ? f.getNameAsString()
                : value instanceof NameExpr n ? n.getNameAsString() : null;
        return name != null && name.length() > 1 && name.equals(name.toUpperCase(java.util.Locale.ROOT));
    }

    /** Check and act hold one common lock (for a keyed map operation, a Striped lock for the key counts). */
    private static boolean commonlyGuarded(FieldAccess a, FieldAccess b, boolean keyed) {
        Set<Guard> first = new HashSet<>(a.guards(Guard.Mode.EXCLUSIVE));
        Set<Guard> second = new HashSet<>(b.guards(Guard.Mode.EXCLUSIVE));
        if (keyed) {
            first.addAll(a.guards(Guard.Mode.PER_KEY));
            second.addAll(b.guards(Guard.Mode.PER_KEY));
        }
        return !Collections.disjoint(first, second);
    }

    // ---- lazy initialization

    private static Optional<Race> lazyInitialization(FieldAccess write, ProjectModel model) {
        FieldInfo field = write.field();
        if (field.isVolatile() || field.injected() || model.singletons().sharing(field).isEmpty()) {
            return Optional.empty();
        }
        List<Expression> checks = model.fieldAccesses().lazyInitChecks(write);
        if (checks.isEmpty()) {
            return Optional.empty();
        }
        Set<Guard> writeGuards = write.guards(Guard.Mode.EXCLUSIVE);
        String where = field.isStatic() ? "the static field" : "the field";
        String owner = field.isStatic() ? field.owner().getNameAsString()
                : model.singletons().sharing(field).map(s -> "the " + s.description()).orElse(field.owner().getNameAsString());
        if (model.fields().holdsImmutableValue(field)) {
            // harmless: two threads may compute the same immutable value, both results are equal and safely published
            return writeGuards.isEmpty() || checks.stream().anyMatch(c -> Collections.disjoint(writeGuards, guardsOf(c, field, model)))
                    ? Optional.of(new Race(write, checks.get(0), "Racy lazy initialization of " + where + " [" + field.name()
                    + "](1) of " + owner + " (" + field.variable().getTypeAsString() + ", an immutable value): two threads can both "
                    + "see it unset [here](2) and compute it twice, with equal results. Harmless unless the computation has side "
                    + "effects or is expensive. Fix if it matters: compute it eagerly in a final field.", Level.NOTE))
                    : Optional.empty();
        }
        if (writeGuards.isEmpty()) {
            return Optional.of(new Race(write, checks.get(0), "Check-then-act: lazy initialization of " + where + " ["
                    + field.name() + "](1) of " + owner + " without synchronization. Two threads can both see null [here](2) "
                    + "and initialize it twice, and without volatile another thread can see the new object before its "
                    + "construction is visible. Fix: initialize it eagerly in a final field, or make it volatile and re-check "
                    + "it inside synchronized (or use a holder class)."));
        }
        for (Expression check : checks) {
            if (Collections.disjoint(writeGuards, guardsOf(check, field, model))) {
                return Optional.of(new Race(write, check, "Check-then-act: double-checked locking on the non-volatile field ["
                        + field.name() + "](1) of " + owner + ". The [unsynchronized check](2) can see the reference before "
                        + "the object's fields are visible to this thread, and use a partially constructed object. "
                        + "Fix: declare " + field.name() + " volatile, or use a holder class or eager initialization."));
            }
        }
        return Optional.empty();
    }

    private static Set<Guard> guardsOf(Expression check, FieldInfo field, ProjectModel model) {
        Set<Guard> guards = new HashSet<>();
        for (Guard g : model.fieldAccesses().guardsAt(check, field)) {
            if (g.mode() == Guard.Mode.EXCLUSIVE) {
                guards.add(g);
            }
        }
        return guards;
    }

    // ---- dependence of the act on the check

    private static boolean comesFirst(Node check, Node act) {
        if (isInside(check, act)) {
            return true;
        }
        var a = check.getBegin();
        var b = act.getBegin();
        return a.isPresent() && b.isPresent() && a.get().isBefore(b.get());
    }

    /**
     * True when {@code act} runs with or on what {@code check} returned: the check is in its
     * arguments or in a condition controlling it, or initializes a local variable used there.
     */
    static boolean dependsOn(Node act, Node check) {
        if (isInside(check, act)) {
            return true;
        }
        List<Conditions.Control> controls = Conditions.controlling(act);
        for (Conditions.Control control : controls) {
            if (isInside(check, control.condition())) {
                return true;
            }
        }
        Optional<String> variable = resultVariable(check);
        if (variable.isEmpty()) {
            return false;
        }
        if (act instanceof MethodCallExpr call && call.getArguments().stream().anyMatch(a -> mentions(a, variable.get()))) {
            return true;
        }
        for (Conditions.Control control : controls) {
            if (mentions(control.condition(), variable.get())) {
                return true;
            }
        }
        return false;
    }

    /** The local variable {@code check}'s result is stored in: {@code V v = map.get(k);} or {@code v = map.get(k);}. */
    private static Optional<String> resultVariable(Node check) {
        Node parent = check.getParentNode().orElse(null);
        while (parent instanceof com.github.javaparser.ast.expr.EnclosedExpr || parent instanceof com.github.javaparser.ast.expr.CastExpr) {
            parent = parent.getParentNode().orElse(null);
        }
        if (parent instanceof VariableDeclarator v) {
            return Optional.of(v.getNameAsString());
        }
        if (parent instanceof AssignExpr assign && assign.getTarget() instanceof NameExpr name) {
            return Optional.of(name.getNameAsString());
        }
        return Optional.empty();
    }

    private static boolean mentions(Node node, String variable) {
        return node.findFirst(NameExpr.class, n -> n.getNameAsString().equals(variable)).isPresent();
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    private static String shortText(Node node, String fallback) {
        String text = node.toString();
        return text.length() <= 40 && !text.contains("\n") ? text : fallback;
    }
}
