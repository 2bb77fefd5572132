package io.github.raceguard.persistence;

import java.util.Collection;
import java.util.Set;

/**
 * A set of columns the database keeps unique: a unique constraint or index, a primary key, a
 * natural id. Columns are {@link SchemaNames#key comparison keys}.
 *
 * @param columns     the key's columns
 * @param description where it is declared, for messages and tests:
 *                    "@Column(unique = true) on User.email", "unique index ux_user_email (V3__users.sql:7)"
 */
public record UniqueKey(Set<String> columns, String description) {

    public UniqueKey {
        columns = Set.copyOf(columns);
    }

    /**
     * True when no two rows can agree on all of {@code checked}: this key's columns are among them.
     * A key on a subset of the checked columns is enough — rows unique on {@code email} are also
     * unique on {@code (email, tenant)}.
     *
     * @param checked per checked column, the names it may go by (property name, column name)
     */
    public boolean covers(Collection<Set<String>> checked) {
        if (columns.isEmpty()) {
            return false;
        }
        for (String column : columns) {
            if (checked.stream().noneMatch(aliases -> aliases.contains(column))) {
                return false;
            }
        }
        return true;
    }
}
