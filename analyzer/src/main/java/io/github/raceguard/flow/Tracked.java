package io.github.raceguard.flow;

import io.github.raceguard.flow.ReadModifyWrite.Read;
import io.github.raceguard.persistence.EntityInfo;
import io.github.raceguard.report.Location;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One abstract entity instance in a method walk: read at one place (or received as parameter
 * {@code parameter}), with what happened to it since. Besides the changes, it records what
 * they depend on: a lost update needs a written value computed from (or decided by) what was
 * read, a blind overwrite with request values or constants loses nothing it read.
 */
final class Tracked {
    final Read read;
    final EntityInfo entity;
    final int parameter;
    final List<Location> readSteps;
    final List<Location> changes = new ArrayList<>();
    boolean written;
    boolean escapes;
    /** Locked after the read ({@code em.lock(entity, PESSIMISTIC_WRITE)}), or null. */
    String lockedBy;

    /** A change depends on a value read through the data layer (this instance's own state or another read). */
    boolean dependsOnRead;
    /** A change depends on these parameters of the method (their own state, for an entity parameter). */
    final Set<Integer> dependsOnParameters = new LinkedHashSet<>();

    /**
     * A detached instance (a DTO mapped from the entity, a new instance carrying its id): JPA does
     * not flush its changes, only an explicit save writes it.
     */
    boolean detached;
    /** The entity this child entity was reached from ({@code for (Stock s : product.getStocks())}), or null. */
    Tracked parent;
    /** A component of the parent's row (an embeddable, an element collection): its changes are the parent's. */
    boolean component;
    /** The type whose methods decide what changes it, when not the entity's ({@code Stock} inside a product). */
    String type;
    /** The parent's property it was reached through, or null. */
    String viaProperty;
    /** Reached through the inverse side of an association: adding to that collection inserts a child. */
    boolean inverse;
    /**
     * The type parameter the entity is known by when it was read through a generic base class
     * ({@code JpaRepository<E, ID>} in {@code BaseService<E, ID>}), or null; callers substitute it.
     */
    String typeVariable;
    /** Child entities reached through a property of this one, by property. */
    final Map<String, Tracked> children = new HashMap<>();

    Tracked(Read read, EntityInfo entity, int parameter, List<Location> readSteps) {
        this.read = read;
        this.entity = entity;
        this.parameter = parameter;
        this.readSteps = readSteps;
    }

    boolean isParameter() {
        return read == null;
    }

    /** Read through the data layer, or a parameter whose change used something read. */
    boolean dependsOnReadOrIsRead() {
        return !isParameter() || dependsOnRead;
    }

    /** The change just recorded used {@code source}'s value (or was decided by it). */
    void dependOn(Tracked source) {
        if (!source.isParameter() || source.dependsOnRead) {
            dependsOnRead = true;
        }
        if (source.isParameter()) {
            dependsOnParameters.add(source.parameter);
        }
    }

    /**
     * A copy standing for the same read one step further out (a callee's result, a detached copy);
     * dependences on parameters stay behind (they name the callee's parameters).
     */
    Tracked copy(List<Location> steps) {
        return copy(steps, entity);
    }

    /** The same, known as {@code asEntity} (a generic base class's {@code E}, bound by the caller). */
    Tracked copy(List<Location> steps, EntityInfo asEntity) {
        Tracked copy = new Tracked(read, asEntity, -1, List.copyOf(steps));
        copy.changes.addAll(changes);
        copy.dependsOnRead = dependsOnRead;
        copy.typeVariable = typeVariable;
        return copy;
    }
}
