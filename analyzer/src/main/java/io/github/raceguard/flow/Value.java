package io.github.raceguard.flow;

/**
 * An abstract value: a tracked entity seen through a shape (itself, an Optional, a list, a value
 * derived from it, a detached copy).
 *
 * @param property the property a derived value was read from ({@code stock} for
 *                 {@code p.getStock()}), or null; control dependence matches it against the
 *                 property a guarded change writes
 */
record Value(Tracked tracked, Shape shape, String property) {

    Value(Tracked tracked, Shape shape) {
        this(tracked, shape, null);
    }

    Value as(Shape newShape) {
        return new Value(tracked, newShape, newShape == Shape.DERIVED ? property : null);
    }

    Value derivedFrom(String readProperty) {
        return new Value(tracked, Shape.DERIVED, readProperty);
    }

    boolean is(Shape s) {
        return shape == s || shape == Shape.UNKNOWN_SHAPE && s != Shape.DERIVED && s != Shape.COPY;
    }
}
