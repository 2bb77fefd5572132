package io.github.raceguard.types;

import java.util.List;
import java.util.Map;

/**
 * A type as the model knows it: a name (fully qualified when resolved, else as written) and its
 * type arguments. A type variable ({@code T}) is marked so generic arguments can be substituted
 * along repository-interface inheritance.
 */
public record TypeRef(String name, List<TypeRef> args, boolean isVariable) {

    public TypeRef(String name, List<TypeRef> args) {
        this(name, args, false);
    }

    public TypeRef {
        args = List.copyOf(args);
    }

    public static TypeRef variable(String name) {
        return new TypeRef(name, List.of(), true);
    }

    public String simpleName() {
        return Names.simpleName(name);
    }

    /** Replaces type variables by their bindings. */
    public TypeRef substitute(Map<String, TypeRef> bindings) {
        if (isVariable) {
            return bindings.getOrDefault(name, this);
        }
        if (args.isEmpty()) {
            return this;
        }
        return new TypeRef(name, args.stream().map(a -> a.substitute(bindings)).toList(), false);
    }
}
