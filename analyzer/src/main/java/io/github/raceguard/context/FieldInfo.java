package io.github.raceguard.context;

import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;

/**
 * A field of a source type and what its type promises under concurrent use.
 *
 * @param variable   the declaration
 * @param owner      the type declaring it
 * @param isStatic   declared {@code static} (or an interface constant)
 * @param isFinal    declared {@code final} (or an interface constant)
 * @param isVolatile declared {@code volatile}
 * @param injected   set by the container ({@code @Autowired}, {@code @Inject}, {@code @Value}, ...)
 * @param kind       what concurrent use of the referenced object means
 * @param typeName   the simple name of the type that decided the kind, for messages ({@code HashMap}, {@code int[]})
 */
public record FieldInfo(VariableDeclarator variable, TypeDeclaration<?> owner, boolean isStatic, boolean isFinal,
                        boolean isVolatile, boolean injected, Kind kind, String typeName) {

    /** What concurrent use of the object a field refers to means. */
    public enum Kind {
        /** {@code HashMap}, {@code ArrayList}, {@code StringBuilder}, arrays ...: changed through its methods, not safe for concurrent use. */
        MUTABLE,
        /** {@code SimpleDateFormat}, {@code MessageDigest}, {@code Cipher} ...: every use changes state kept in the instance. */
        STATEFUL,
        /** A thread-safe map: {@code ConcurrentHashMap}, {@code Collections.synchronizedMap}, {@code Hashtable}. */
        CONCURRENT_MAP,
        /** A thread-safe cache: Caffeine, Guava, Spring's or JCache's {@code Cache}. */
        CACHE,
        /** {@code AtomicInteger}, {@code AtomicLong}, {@code AtomicBoolean}, {@code AtomicReference}, {@code LongAdder} ... */
        ATOMIC,
        /** Other thread-safe or immutable objects: concurrent collections, {@code ThreadLocal}, {@code List.of(..)} ... */
        THREAD_SAFE,
        /** Primitives, strings and types RaceGuard knows nothing about: only reassigning the field changes shared state. */
        VALUE
    }

    /** Fields are the same when their declarations are the same node (JavaParser's equals is structural). */
    @Override
    public boolean equals(Object other) {
        return other instanceof FieldInfo f && f.variable == variable;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(variable);
    }

    public String name() {
        return variable.getNameAsString();
    }

    /** {@code Owner.name}: unique enough to name a field in messages and monitors. */
    public String qualifiedName() {
        return owner.getNameAsString() + "." + name();
    }
}
