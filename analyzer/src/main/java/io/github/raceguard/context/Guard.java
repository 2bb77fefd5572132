package io.github.raceguard.context;

import java.util.Objects;

/**
 * A lock held at some point of the code. Two guards are the same lock when their monitors are
 * equal ({@code synchronized} methods and {@code synchronized (this)} share the monitor
 * {@code this}); the description says how the code acquired it, for messages.
 *
 * @param monitor     what is locked: {@code this}, {@code class com.acme.Foo}, {@code Foo.lock}, or the expression text
 * @param mode        what the lock excludes
 * @param perInstance each instance of the class has its own ({@code this}, a non-static lock field)
 * @param description how the code holds it: {@code synchronized method}, {@code lock.writeLock()} ...
 */
public record Guard(String monitor, Mode mode, boolean perInstance, String description) {

    /** What a held lock excludes. */
    public enum Mode {
        /** Every other holder: {@code synchronized}, {@code Lock.lock()}, a write lock. */
        EXCLUSIVE,
        /** Only writers: a read lock lets other readers in at the same time. */
        SHARED,
        /** Only holders of the same stripe: a Guava {@code Striped} lock taken for one key. */
        PER_KEY
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Guard g && g.monitor.equals(monitor) && g.mode == mode;
    }

    @Override
    public int hashCode() {
        return Objects.hash(monitor, mode);
    }
}
