package io.github.raceguard.flow;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * What evaluating an expression read: the tracked values it used (data dependence) and the
 * properties of tracked values it read ({@code order.getStatus()}: control dependence, when the
 * expression is a condition).
 */
final class Touches {

    /** {@code property} of {@code tracked} was read. */
    record PropertyRead(Tracked tracked, String property) {
    }

    final Set<Tracked> values = Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<PropertyRead> properties = new HashSet<>();
    /** The value of the expression. */
    Value result;

    void add(Value value) {
        values.add(value.tracked());
        if (value.property() != null) {
            properties.add(new PropertyRead(value.tracked(), value.property()));
        }
    }

    void addAll(Touches other) {
        values.addAll(other.values);
        properties.addAll(other.properties);
    }
}
