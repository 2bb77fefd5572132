package io.github.raceguard.rules;

import io.github.raceguard.flow.FieldAccess;
import io.github.raceguard.context.FieldInfo;
import io.github.raceguard.context.Guard;
import io.github.raceguard.types.Locations;
import io.github.raceguard.model.ProjectModel;
import io.github.raceguard.context.Singletons;
import io.github.raceguard.report.Level;
import io.github.raceguard.report.Location;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code shared-mutable-state} (SPEC §1): a field of a singleton bean, servlet or filter, or a
 * static field, changed while serving requests without a lock that all its changes share. One
 * finding per field per method, on the first such change.
 */
public final class SharedMutableStateRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "shared-mutable-state",
            "SharedMutableState",
            Level.WARNING,
            "A singleton bean, servlet, filter or static field holds mutable state changed by concurrent requests without synchronization.",
            "Spring creates one instance of a @Service, @Component, @Controller (and of a servlet or filter) and every "
                    + "request thread runs its methods at the same time. A field of that instance, or any static field, "
                    + "that a request method reassigns, increments, or changes through the methods of a type that is not "
                    + "thread-safe (HashMap, ArrayList, StringBuilder, arrays, SimpleDateFormat, MessageDigest ...) is "
                    + "shared by all of them: increments are lost, collections lose entries or break, formatters return "
                    + "another request's date, and one user's value leaks into another user's response. Thread-safe types "
                    + "(ConcurrentHashMap, atomics, LongAdder, Caffeine caches), changes under one common lock, ThreadLocal "
                    + "values, injected dependencies, prototype / request / session scoped beans and fields only set "
                    + "while the bean is created are not reported.",
            """
            Keep per-request values in local variables, and make state that is shared on purpose thread-safe.

            **Before** (two requests increment the same key: one increment is lost, and HashMap can be corrupted):
            ```java
            @Service
            public class RequestMetrics {
                private final Map<String, Integer> hits = new HashMap<>();
                private long total;

                public void record(String path) {
                    hits.put(path, hits.getOrDefault(path, 0) + 1);
                    total++;
                }
            }
            ```

            **After**, thread-safe types with atomic operations:
            ```java
            @Service
            public class RequestMetrics {
                private final ConcurrentMap<String, LongAdder> hits = new ConcurrentHashMap<>();
                private final LongAdder total = new LongAdder();

                public void record(String path) {
                    hits.computeIfAbsent(path, p -> new LongAdder()).increment();
                    total.increment();
                }
            }
            ```

            **Or** guard every access with the same lock:
            ```java
            public synchronized void record(String path) { ... }
            public synchronized Map<String, Integer> snapshot() { return new HashMap<>(hits); }
            ```

            A shared `SimpleDateFormat` is not thread-safe even when only `format` is called: use
            `DateTimeFormatter.ofPattern(..)` (immutable) instead.
            """,
            List.of("concurrency", "correctness", "thread-safety"),
            "high");

    /** Methods that change a collection, map, multimap, StringBuilder or BitSet. */
    static final Set<String> MUTATORS = Set.of("add", "addAll", "addFirst", "addLast", "offer", "offerFirst", "offerLast",
            "push", "pop", "poll", "pollFirst", "pollLast", "pollFirstEntry", "pollLastEntry", "remove", "removeAll",
            "removeIf", "removeFirst", "removeLast", "retainAll", "clear", "put", "putAll", "putIfAbsent", "compute",
            "computeIfAbsent", "computeIfPresent", "merge", "replace", "replaceAll", "replaceValues", "set", "sort",
            "append", "appendCodePoint", "insert", "delete", "deleteCharAt", "setLength", "setCharAt", "reverse", "flip",
            "and", "or", "xor", "andNot", "trimToSize", "ensureCapacity", "setCount");
    /** Methods of stateful helpers (formats, digests, ciphers) that leave their state alone. */
    static final Set<String> STATEFUL_READS = Set.of("clone", "toPattern", "toLocalizedPattern", "getAlgorithm",
            "getProvider", "getDigestLength", "getTimeZone", "isLenient", "getBlockSize", "getClass", "toString",
            "hashCode", "equals", "getMacLength", "getParameters", "getIV");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(MethodContext context) {
        ProjectModel model = context.model();
        List<FieldAccess> accesses = model.fieldAccesses().in(context.method());
        Set<FieldInfo> reported = new HashSet<>();
        for (FieldAccess access : accesses) {
            FieldInfo field = access.field();
            if (reported.contains(field)) {
                continue;
            }
            Optional<Singletons.Sharing> sharing = model.singletons().sharing(field);
            if (sharing.isEmpty() || !isRacyChange(access, model)) {
                continue;
            }
            Optional<Conflict> conflict = conflict(access, model);
            if (conflict.isPresent()) {
                reported.add(field);
                report(context, access, sharing.get(), conflict.get());
            }
        }
    }

    /** A change of shared state this rule judges (the others are check-then-act's or not races at all). */
    static boolean isRacyChange(FieldAccess access, ProjectModel model) {
        FieldInfo field = access.field();
        boolean change = !field.injected() && switch (access.kind()) {
            // a volatile write is visible to every thread; a volatile read-modify-write is check-then-act
            case ASSIGN, UPDATE -> !field.isVolatile();
            case ELEMENT_WRITE, ARGUMENT -> field.kind() == FieldInfo.Kind.MUTABLE;
            case CALL -> field.kind() == FieldInfo.Kind.MUTABLE && MUTATORS.contains(access.callName())
                    || field.kind() == FieldInfo.Kind.STATEFUL && !STATEFUL_READS.contains(access.callName());
        };
        return change && !model.singletons().setsUp(access.method(), field)
                // lazy initialization is check-then-act's
                && (access.kind() != FieldAccess.Kind.ASSIGN || model.fieldAccesses().lazyInitChecks(access).isEmpty());
    }

    /** Why a change races: no lock at all, or a lock other changes of the field do not share. */
    private record Conflict(FieldAccess other, Set<Guard> otherGuards) {
    }

    private static Optional<Conflict> conflict(FieldAccess access, ProjectModel model) {
        Set<Guard> mine = access.guards(Guard.Mode.EXCLUSIVE);
        List<FieldAccess> others = model.fieldAccesses().of(access.field()).stream()
                .filter(o -> o.node() != access.node() && isRacyChange(o, model))
                .filter(o -> !o.guards(Guard.Mode.EXCLUSIVE).isEmpty())
                .toList();
        if (mine.isEmpty()) {
            return Optional.of(others.isEmpty() ? new Conflict(null, Set.of())
                    : new Conflict(others.get(0), others.get(0).guards(Guard.Mode.EXCLUSIVE)));
        }
        for (FieldAccess other : others) {
            Set<Guard> theirs = other.guards(Guard.Mode.EXCLUSIVE);
            if (Collections.disjoint(mine, theirs)) {
                return Optional.of(new Conflict(other, theirs));
            }
        }
        return Optional.empty();
    }

    private static void report(MethodContext context, FieldAccess access, Singletons.Sharing sharing, Conflict conflict) {
        FieldInfo field = access.field();
        List<Location> related = new ArrayList<>();
        related.add(Locations.of(field.variable(), "field " + field.name()));
        StringBuilder message = new StringBuilder("Shared mutable state: ");
        message.append(field.isStatic() ? "static field" : "field").append(" [").append(field.name()).append("](1)");
        if (field.kind() != FieldInfo.Kind.VALUE && field.kind() != FieldInfo.Kind.THREAD_SAFE) {
            message.append(" (").append(field.typeName()).append(')');
        }
        if (!field.isStatic()) {
            related.add(Locations.of(sharing.evidence(), sharing.description()));
            message.append(" of the [").append(sharing.description()).append("](2)");
        } else {
            message.append(" of ").append(field.owner().getNameAsString());
        }
        message.append(' ').append(whatHappens(access)).append(' ').append(lockSituation(access, conflict, related));
        message.append(consequence(access)).append(" Fix: ").append(fix(access));
        context.report(DESCRIPTOR, message.toString(), Locations.ofStatement(access.node(), "unsynchronized change of " + field.name()),
                related, List.of());
    }

    private static String whatHappens(FieldAccess access) {
        String text = access.node().toString();
        String shown = text.length() <= 40 && !text.contains("\n") ? text : access.operation();
        return switch (access.kind()) {
            case ASSIGN -> "is reassigned here";
            case UPDATE -> "is updated here (`" + shown + "`)";
            case ELEMENT_WRITE -> "has an element written here (`" + shown + "`)";
            case CALL, ARGUMENT -> access.field().kind() == FieldInfo.Kind.STATEFUL
                    ? "is used here (`" + access.callName() + "`)"
                    : "is changed here (`" + access.operation() + "`)";
        };
    }

    private static String lockSituation(FieldAccess access, Conflict conflict, List<Location> related) {
        Set<Guard> mine = access.guards(Guard.Mode.EXCLUSIVE);
        StringBuilder text = new StringBuilder();
        if (mine.isEmpty()) {
            text.append(access.field().isStatic()
                    ? "without synchronization, in code several threads can run at the same time."
                    : "without synchronization, in a method every request thread can run at the same time.");
            Set<Guard> weak = access.held().stream().filter(g -> !access.guards(Guard.Mode.EXCLUSIVE).contains(g)).collect(Collectors.toSet());
            for (Guard g : weak) {
                text.append(switch (g.mode()) {
                    case SHARED -> " The read lock " + g.description() + " lets other readers in at the same time.";
                    case PER_KEY -> " The lock " + g.description() + " only excludes callers with the same key; "
                            + "callers with other keys still change the field concurrently.";
                    case EXCLUSIVE -> " " + capitalize(g.description()) + " locks a monitor of this instance, which does not "
                            + "exclude other instances from a static field.";
                });
            }
        } else {
            text.append("under ").append(describe(mine)).append('.');
        }
        if (conflict.other() != null) {
            related.add(Locations.ofStatement(conflict.other().node(), "changed under " + describe(conflict.otherGuards())));
            int link = related.size();
            text.append(mine.isEmpty()
                    ? " [Another change](" + link + ") holds " + describe(conflict.otherGuards()) + ", but this one holds no lock."
                    : " [Another change](" + link + ") holds " + describe(conflict.otherGuards())
                            + " instead: different locks do not exclude each other.");
        }
        return text.toString();
    }

    private static String consequence(FieldAccess access) {
        FieldInfo field = access.field();
        return switch (access.kind()) {
            case ASSIGN -> field.isStatic()
                    ? " Concurrent callers overwrite each other's value, and without volatile other threads may not see it."
                    : " Concurrent requests overwrite each other's value and can read one another's.";
            case UPDATE -> " Concurrent read-modify-writes lose updates.";
            case ELEMENT_WRITE -> " Concurrent element updates are lost.";
            case CALL, ARGUMENT -> field.kind() == FieldInfo.Kind.STATEFUL
                    ? " " + field.typeName() + " keeps intermediate state in the instance: concurrent calls corrupt each other's results."
                    : " " + field.typeName() + " is not thread-safe: concurrent changes lose entries or corrupt it.";
        };
    }

    private static String fix(FieldAccess access) {
        FieldInfo field = access.field();
        String type = field.typeName();
        if (field.kind() == FieldInfo.Kind.STATEFUL) {
            if (type.endsWith("Format") || type.contains("Calendar")) {
                return "use java.time's DateTimeFormatter (immutable and thread-safe), or create the formatter per call or per thread (ThreadLocal).";
            }
            return "create an instance per call (it is cheap) or keep one per thread in a ThreadLocal.";
        }
        return switch (access.kind()) {
            case ASSIGN -> "keep per-request values in local variables (or a request-scoped bean); if the value is shared on purpose, "
                    + "make the field volatile or an AtomicReference.";
            case UPDATE -> "use an AtomicInteger / AtomicLong / LongAdder, or guard every access with the same lock.";
            case ELEMENT_WRITE -> "use an AtomicIntegerArray / AtomicLongArray, or guard every access with the same lock.";
            case CALL, ARGUMENT -> type.contains("StringBuilder")
                    ? "use a local StringBuilder per call."
                    : type.contains("Map") || type.contains("map")
                    ? "use a ConcurrentHashMap (merge / compute / computeIfAbsent), or guard every access with the same lock."
                    : "use a concurrent collection (ConcurrentHashMap.newKeySet(), CopyOnWriteArrayList, ConcurrentLinkedQueue), "
                            + "or guard every access with the same lock.";
        };
    }

    private static String describe(Set<Guard> guards) {
        return guards.stream().map(Guard::description).sorted().collect(Collectors.joining(" and "));
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
