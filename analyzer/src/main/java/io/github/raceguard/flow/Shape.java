package io.github.raceguard.flow;

/** How a local value relates to a tracked entity instance (see {@link Value}). */
enum Shape {
    /** The instance itself. */
    ENTITY,
    /** An {@code Optional} holding it. */
    OPTIONAL,
    /** A list, stream or page of such instances. */
    COLLECTION,
    /** A parameter of unknown type: any of the above. */
    UNKNOWN_SHAPE,
    /** A value computed from it ({@code a.getBalance() - x}, {@code a.getId()}). */
    DERIVED,
    /**
     * A detached copy of its state carrying its id (a DTO mapped from it, a new instance given its
     * id): changes to it are not flushed, but mapping it back and saving it overwrites the row.
     */
    COPY,
    /** A builder seeded with its state ({@code toBuilder()} of Lombok): {@code build()} gives a copy of the row. */
    BUILDER
}
