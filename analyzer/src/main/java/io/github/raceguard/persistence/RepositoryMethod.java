package io.github.raceguard.persistence;

import java.util.regex.Pattern;

/**
 * What a repository method declares about locking and querying.
 *
 * @param name       method name
 * @param lockMode   the {@code @Lock} mode ({@code PESSIMISTIC_WRITE} ...), or null
 * @param query      the {@code @Query} text, or null
 * @param modifying  annotated {@code @Modifying}
 */
public record RepositoryMethod(String name, String lockMode, String query, boolean modifying) {

    private static final Pattern FOR_UPDATE = Pattern.compile("\\bfor\\s+(no\\s+key\\s+)?update\\b|\\bfor\\s+share\\b|\\bwith\\s*\\(\\s*updlock", Pattern.CASE_INSENSITIVE);
    private static final Pattern UPDATE = Pattern.compile("^\\s*update\\b", Pattern.CASE_INSENSITIVE);

    /** The read takes a row lock (held until the surrounding transaction ends). */
    public boolean locksPessimistically() {
        return (lockMode != null && lockMode.startsWith("PESSIMISTIC"))
                || (query != null && FOR_UPDATE.matcher(query).find());
    }

    /** A bulk {@code UPDATE} statement, written by the database, not through the entity. */
    public boolean isBulkUpdate() {
        return query != null && UPDATE.matcher(query).find();
    }

    public String lockDescription() {
        return lockMode != null ? "@Lock(" + lockMode + ")" : "SELECT ... FOR UPDATE";
    }
}
