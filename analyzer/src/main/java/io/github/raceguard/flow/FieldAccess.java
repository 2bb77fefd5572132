package io.github.raceguard.flow;


import io.github.raceguard.context.FieldInfo;
import io.github.raceguard.context.Guard;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;

import java.util.Set;

/**
 * One place where a method reaches a field in a way that can change it or its object.
 *
 * @param field     the field
 * @param kind      how the field is reached
 * @param node      the assignment, unary update or method call
 * @param operation what is done: {@code =}, {@code ++}, {@code +=}, {@code put}, {@code keySet().remove},
 *                  {@code Collections.sort} ...
 * @param guards    the locks held there that can exclude other threads from this field (a per-instance
 *                  monitor does not count for a static field of a class with many instances)
 * @param held      every lock held there
 * @param method    the method (or constructor) whose body contains it, lambdas included
 */
public record FieldAccess(FieldInfo field, Kind kind, Node node, String operation, Set<Guard> guards,
                          Set<Guard> held, CallableDeclaration<?> method) {

    public FieldAccess {
        guards = Set.copyOf(guards);
        held = Set.copyOf(held);
    }

    /** The held locks of {@code mode} that can exclude other threads from the field. */
    public Set<Guard> guards(Guard.Mode mode) {
        return guards.stream().filter(g -> g.mode() == mode).collect(java.util.stream.Collectors.toSet());
    }

    /** How a field is reached. */
    public enum Kind {
        /** {@code field = value} where the value does not read the field. */
        ASSIGN,
        /** {@code field++}, {@code field += x}, {@code field = field + x}: a read-modify-write of the field itself. */
        UPDATE,
        /** {@code field[i] = x}, {@code field[i]++}. */
        ELEMENT_WRITE,
        /** {@code field.method(..)}, also through a view: {@code field.keySet().remove(..)}. */
        CALL,
        /** The field passed to a helper that changes it: {@code Collections.sort(field)}, {@code Arrays.fill(field, ..)}. */
        ARGUMENT
    }

    /** The name of the method called on the field (without a view prefix), for {@link Kind#CALL}. */
    public String callName() {
        int dot = operation.lastIndexOf('.');
        return dot < 0 ? operation : operation.substring(dot + 1);
    }

    /** True when the call goes through a view ({@code keySet()}, {@code values()} ...) of the field. */
    public boolean viaView() {
        return kind == Kind.CALL && operation.contains(".");
    }

    public int line() {
        return node.getBegin().map(p -> p.line).orElse(0);
    }

    public int column() {
        return node.getBegin().map(p -> p.column).orElse(0);
    }
}
