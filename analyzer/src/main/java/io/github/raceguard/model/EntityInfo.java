package io.github.raceguard.model;

import io.github.raceguard.report.Location;

/**
 * A persistent type.
 *
 * @param name     qualified name
 * @param jpa      a JPA {@code @Entity}: loaded instances are managed, so a change inside a
 *                 transaction is flushed without a {@code save} (dirty checking)
 * @param version  where its version attribute is declared (possibly in a superclass), or null
 */
public record EntityInfo(String name, boolean jpa, Location version) {

    public boolean hasVersion() {
        return version != null;
    }

    public String simpleName() {
        return Names.simpleName(name);
    }
}
