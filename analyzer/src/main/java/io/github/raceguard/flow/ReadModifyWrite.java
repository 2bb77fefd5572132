package io.github.raceguard.flow;


import io.github.raceguard.persistence.EntityInfo;
import io.github.raceguard.context.TransactionContext;
import com.github.javaparser.ast.body.CallableDeclaration;
import io.github.raceguard.report.Location;

import java.util.ArrayList;
import java.util.List;

/**
 * One read → modify → write of persistent state found in a method: the fact both lost-update
 * rules read. Which rule (if any) reports it depends only on {@link #context()} and
 * {@link #protection()}.
 *
 * @param method      the method whose body composes the read and the write (the report goes here)
 * @param entity      the entity type read and written
 * @param read        the data-layer read, with its lock information
 * @param readSteps   from the read itself out to this method (call sites of helpers that return it)
 * @param changes     the modifications, in order
 * @param write       the statement in {@code method} that leads to the write (primary location)
 * @param writeSteps  from the statement in {@code method} into the callee that really writes
 * @param kind        how the write happens
 * @param context     the transaction the write runs in
 * @param protection  what prevents the lost update, or {@link Protection#NONE}
 * @param jvmLock     the write sits in {@code synchronized} code (protects one JVM only)
 * @param blind       no written value depends on what was read (request values, constants): a
 *                    write of what was read, but not a lost update (nothing read is lost)
 */
public record ReadModifyWrite(CallableDeclaration<?> method, EntityInfo entity, Read read,
                              List<Location> readSteps, List<Location> changes, Location write,
                              List<Location> writeSteps, WriteKind kind, TransactionContext context,
                              Protection protection, boolean jvmLock, boolean blind) {

    /**
     * A data-layer read.
     *
     * @param source    who was asked: {@code ProductRepository}, {@code EntityManager}, {@code JdbcTemplate}
     * @param operation the method: {@code findById}, {@code find}, {@code queryForObject}
     * @param lock      how the read locks the row ({@code @Lock(PESSIMISTIC_WRITE)}, {@code SELECT ... FOR UPDATE}), or null
     */
    public record Read(Location location, String source, String operation, String lock) {
        public boolean locks() {
            return lock != null;
        }
    }

    public enum WriteKind {
        /** {@code save}/{@code saveAll}/{@code saveAndFlush} of the changed entity. */
        SAVE,
        /** JPA dirty checking flushes the change at commit; no save call. */
        DIRTY_CHECKING,
        /** A bulk {@code UPDATE} query that sets a value computed in Java; it bypasses {@code @Version}. */
        BULK_UPDATE
    }

    public enum Protection { NONE, VERSION, PESSIMISTIC_LOCK, SERIALIZABLE }

    /** Read → modify → write, each step with its own location, for SARIF codeFlows. */
    public List<Location> flow() {
        List<Location> flow = new ArrayList<>(readSteps);
        flow.addAll(changes);
        flow.addAll(writeSteps);
        return flow;
    }
}
