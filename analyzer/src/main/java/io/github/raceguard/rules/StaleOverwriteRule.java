package io.github.raceguard.rules;

import io.github.raceguard.flow.AtomicUpdates;
import io.github.raceguard.flow.ReadModifyWrite;
import io.github.raceguard.report.Level;
import io.github.raceguard.report.Location;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code stale-overwrite}: an entity written back in full while one of its columns is changed by
 * an atomic or conditional update elsewhere; the full write reverts what the atomic update did
 * between the read and the write. Which writes are full and which columns are changed atomically
 * is decided in the model ({@link AtomicUpdates}).
 */
public final class StaleOverwriteRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "stale-overwrite",
            "StaleOverwrite",
            Level.WARNING,
            "An entity is written back in full while one of its columns is also changed by an atomic update: the full write reverts that change.",
            "An entity is read, changed in Java and written back in full — JPA save / merge / dirty checking without "
                    + "@DynamicUpdate, a MyBatis updateByPrimaryKey(Selective) or MyBatis-Plus updateById of the row read, "
                    + "a Mongo save replacing the document — while elsewhere the application changes one of its columns "
                    + "atomically (UPDATE product SET stock = stock - :q, a compare-and-set on status, $inc). The full "
                    + "write stores the value it read for that column too, so every atomic change committed between the "
                    + "read and the write is silently reverted: an unrelated \"rename product\" request counts the stock "
                    + "back up. @Version does not help unless the atomic update also increments the version.",
            """
            Write only what the request changes, or make the atomic update visible to the full write.

            **Before** (a rename writes `stock` back as it was read, undoing concurrent `decrementStock` calls):
            ```java
            @Modifying
            @Query("update Product p set p.stock = p.stock - :q where p.id = :id and p.stock >= :q")
            int decrementStock(long id, int q);

            public void rename(long id, String name) {
                Product product = products.findById(id).orElseThrow();
                product.setName(name);
                products.save(product);                 // UPDATE product SET name=?, stock=?, ... WHERE id=?
            }
            ```

            **After**, a targeted update of the changed column:
            ```java
            @Modifying
            @Query("update Product p set p.name = :name where p.id = :id")
            int rename(long id, String name);
            ```

            **Or** let Hibernate write only the changed columns (the entity must be read in the same
            persistence context as it is written, e.g. in one `@Transactional` method):
            ```java
            @Entity
            @DynamicUpdate
            class Product { ... }
            ```

            **Or**, with a `@Version` on the entity, make the atomic update increment it, so the stale
            full write fails with an optimistic-locking exception instead of reverting:
            `update Product p set p.stock = p.stock - :q, p.version = p.version + 1 where ...`.
            With MyBatis, use a selective update of a new object holding only the id and the changed fields.
            """,
            List.of("concurrency", "correctness", "data-integrity"),
            "medium");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(MethodContext method) {
        AtomicUpdates atomic = method.model().atomicUpdates();
        List<ReadModifyWrite> writes = method.model().readModifyWrites().writes(method.method()).stream()
                .filter(StaleOverwriteRule::candidate)
                .sorted(Comparator.comparingInt((ReadModifyWrite r) -> r.write().line()).thenComparingInt(r -> r.write().column()))
                .toList();
        Set<Location> reported = new HashSet<>();
        for (ReadModifyWrite write : writes) {
            if (reported.contains(write.write())) {
                continue;
            }
            // the atomic update nearest the write first: same file, then the others in source order
            List<AtomicUpdates.Reversion> reversions = atomic.reverted(write).stream()
                    .sorted(Comparator.comparing((AtomicUpdates.Reversion r) -> !r.update().at().file().equals(write.write().file())))
                    .toList();
            if (!reversions.isEmpty()) {
                reported.add(write.write());
                report(method, write, reversions);
            }
        }
    }

    /**
     * A write-back the rule judges: not one the lost-update rules already report (a write of
     * values computed from the read, unprotected), and not under a row lock (the atomic UPDATE
     * waits for it) or SERIALIZABLE isolation (the later writer fails).
     */
    private static boolean candidate(ReadModifyWrite write) {
        return switch (write.protection()) {
            case PESSIMISTIC_LOCK, SERIALIZABLE -> false;
            case VERSION -> true; // a version check does not see an atomic update that leaves the version alone
            case NONE -> write.blind();
        };
    }

    private static void report(MethodContext method, ReadModifyWrite write, List<AtomicUpdates.Reversion> reversions) {
        AtomicUpdates.Reversion first = reversions.get(0);
        String entity = write.entity().simpleName();
        List<Location> related = new ArrayList<>();
        related.add(write.read().location().withMessage("read of " + entity));
        related.add(first.update().at().withMessage("atomic update of " + entity + "." + first.column()));
        StringBuilder message = new StringBuilder("Stale overwrite: ").append(entity).append(" read [here](1) is written back in full (")
                .append(first.how()).append("), including ").append(first.column()).append(", which [an atomic update](2) changes in the database (")
                .append(abbreviate(first.update().statement())).append("). Every such change committed between the read and this write is reverted to the value read. ");
        for (AtomicUpdates.Reversion other : reversions.subList(1, Math.min(reversions.size(), 3))) {
            related.add(other.update().at().withMessage("atomic update of " + entity + "." + other.column()));
            message.append("So is [this one](").append(related.size()).append(") of ").append(other.column()).append(". ");
        }
        if (write.entity().hasVersion()) {
            message.append("The @Version of ").append(entity).append(" does not help: the atomic update does not increment it. ");
        }
        message.append("Fix: write only the changed columns (a targeted UPDATE, or @DynamicUpdate on ").append(entity)
                .append(" with the read and the write in one transaction), or increment the version in the atomic update so the stale write fails.");
        method.report(DESCRIPTOR, message.toString(), write.write(), related, write.flow());
    }

    private static String abbreviate(String statement) {
        return statement.length() <= 90 ? statement : statement.substring(0, 87) + "...";
    }
}
