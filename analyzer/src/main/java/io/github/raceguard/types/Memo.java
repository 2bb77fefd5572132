package io.github.raceguard.types;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A lazily filled cache that concurrent readers share: a value is computed outside any lock
 * (the computation may ask this memo again, for another key, without the "Recursive update" that
 * {@code ConcurrentHashMap.computeIfAbsent} throws), and the first value stored for a key wins.
 * Values must be pure functions of their key, so two threads computing the same key at once
 * store equal values. Keys compare by identity ({@link #byIdentity}: AST nodes, whose
 * {@code equals} is structural) or by {@code equals} ({@link #byEquality}: names).
 */
public final class Memo<K, V> {

    private final Map<Object, V> values = new ConcurrentHashMap<>();
    private final boolean identity;

    private Memo(boolean identity) {
        this.identity = identity;
    }

    public static <K, V> Memo<K, V> byIdentity() {
        return new Memo<>(true);
    }

    public static <K, V> Memo<K, V> byEquality() {
        return new Memo<>(false);
    }

    /** The value for {@code key}, computing it on first request; {@code compute} must not return null. */
    public V get(K key, Function<? super K, ? extends V> compute) {
        Object k = identity ? new Identity(key) : key;
        V known = values.get(k);
        if (known != null) {
            return known;
        }
        V computed = compute.apply(key);
        V prior = values.putIfAbsent(k, computed);
        return prior != null ? prior : computed;
    }

    /** The value stored for {@code key}, or null. */
    public V peek(K key) {
        return values.get(identity ? new Identity(key) : key);
    }

    private record Identity(Object key) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && that.key == key;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(key);
        }
    }
}
