package io.github.raceguard.datalayer;

import io.github.raceguard.datalayer.DataLayer.ResultShape;
import io.github.raceguard.types.TypeRef;

import java.util.Map;

/**
 * What Hibernate's native API adds to the {@code EntityManager} calls {@link DataLayer} knows:
 * the {@code StatelessSession} ({@code get}, {@code insert}, {@code update}, {@code upsert}: it
 * has no persistence context, so an entity it returned is never flushed by dirty checking — a
 * change without {@code update(..)} / {@code upsert(..)} writes nothing), and the Hibernate 6 / 7
 * query results {@code getSingleResultOrNull()} and {@code uniqueResultOptional()} of
 * {@code createSelectionQuery} / {@code createQuery}. Mutation queries
 * ({@code createMutationQuery}, {@code createNativeMutationQuery}) are read like
 * {@code createQuery(..).executeUpdate()}.
 */
public final class HibernateSessions {
    private HibernateSessions() {
    }

    static final String STATELESS_SESSION = "org.hibernate.StatelessSession";
    /** The source name of reads made through a StatelessSession: they are never managed. */
    public static final String STATELESS = "StatelessSession";
    /** Single-result calls of Hibernate 6 / 7 queries, by the shape they return. */
    static final Map<String, ResultShape> SINGLE_RESULTS = Map.of("getSingleResultOrNull", ResultShape.SINGLE,
            "uniqueResultOptional", ResultShape.OPTIONAL);

    /** "Session", "StatelessSession" or "EntityManager": who a call of the JPA-like API is made on, for messages. */
    static String source(TypeRef receiver) {
        return switch (receiver.simpleName()) {
            case "Session" -> "Session";
            case "StatelessSession" -> STATELESS;
            default -> "EntityManager";
        };
    }

    /** True when an entity read through {@code source} is managed: every data layer but a StatelessSession. */
    public static boolean managed(String source) {
        return !STATELESS.equals(source);
    }
}
