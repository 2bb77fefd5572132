package io.github.raceguard.persistence;


import io.github.raceguard.types.Names;
import io.github.raceguard.report.Location;

/**
 * What a read returns and a write stores: a persistent type, or a plain row or value.
 *
 * @param name     qualified name of the type, or a description ("account row", "Redis value")
 * @param jpa      a JPA {@code @Entity}: loaded instances are managed, so a change inside a
 *                 transaction is flushed without a {@code save} (dirty checking)
 * @param version  where its version attribute is declared (possibly in a superclass), or null
 * @param mapped   a mapped type (entity, document) that could carry a version attribute; false
 *                 for rows read with SQL and for key-value values
 */
public record EntityInfo(String name, boolean jpa, Location version, boolean mapped) {

    /** A row or value read without a mapped type. */
    public static EntityInfo value(String description) {
        return new EntityInfo(description, false, null, false);
    }

    public boolean hasVersion() {
        return version != null;
    }

    public String simpleName() {
        return mapped ? Names.simpleName(name) : name;
    }
}
