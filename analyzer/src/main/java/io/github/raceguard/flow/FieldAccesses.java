package io.github.raceguard.flow;


import io.github.raceguard.context.FieldInfo;
import io.github.raceguard.context.Fields;
import io.github.raceguard.context.Guard;
import io.github.raceguard.context.Singletons;
import io.github.raceguard.context.Synchronization;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every place a method reaches a field in a way that can change it or its object (assignments,
 * updates, array element writes, calls on the field, the field handed to a helper that sorts or
 * fills it), with the locks held there. One walk per method body, cached; the facts both
 * in-memory race rules read.
 */
public final class FieldAccesses {

    /** Views whose mutation changes the underlying collection. */
    private static final Set<String> VIEWS = Set.of("keySet", "values", "entrySet", "subList", "headMap", "tailMap",
            "subMap", "headSet", "tailSet", "descendingMap", "descendingSet", "navigableKeySet", "descendingKeySet", "asMap");
    /** Static helpers that change the collection or array passed at the given argument position. */
    private static final Map<String, Integer> MUTATING_HELPERS = Map.ofEntries(
            Map.entry("Collections.sort", 0), Map.entry("Collections.shuffle", 0), Map.entry("Collections.reverse", 0),
            Map.entry("Collections.swap", 0), Map.entry("Collections.rotate", 0), Map.entry("Collections.fill", 0),
            Map.entry("Collections.addAll", 0), Map.entry("Arrays.fill", 0), Map.entry("Arrays.sort", 0),
            Map.entry("Arrays.parallelSort", 0), Map.entry("Arrays.setAll", 0), Map.entry("System.arraycopy", 2));
    /** Field kinds whose method calls are recorded (calls on values and thread-safe objects change nothing racy). */
    private static final Set<FieldInfo.Kind> CALL_KINDS = Set.of(FieldInfo.Kind.MUTABLE, FieldInfo.Kind.STATEFUL,
            FieldInfo.Kind.CONCURRENT_MAP, FieldInfo.Kind.CACHE, FieldInfo.Kind.ATOMIC);

    private final Fields fields;
    private final Synchronization synchronization;
    private final Singletons singletons;
    private final Map<CallableDeclaration<?>, List<FieldAccess>> byMethod = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<TypeDeclaration<?>, Map<VariableDeclarator, List<FieldAccess>>> byType = Collections.synchronizedMap(new IdentityHashMap<>());

    public FieldAccesses(Fields fields, Synchronization synchronization, Singletons singletons) {
        this.fields = fields;
        this.synchronization = synchronization;
        this.singletons = singletons;
    }

    /** The field accesses in {@code method}'s body (lambdas included, nested and anonymous classes not), in source order. */
    public List<FieldAccess> in(CallableDeclaration<?> method) {
        List<FieldAccess> known = byMethod.get(method);
        if (known != null) {
            return known;
        }
        List<FieldAccess> found = new ArrayList<>();
        Optional<? extends Node> body = method instanceof MethodDeclaration m ? m.getBody()
                : method instanceof ConstructorDeclaration c ? Optional.of(c.getBody()) : Optional.empty();
        body.ifPresent(b -> walk(b, method, found));
        List<FieldAccess> result = List.copyOf(found);
        byMethod.put(method, result);
        return result;
    }

    /** Every access to {@code field} from the methods of the outermost class around its declaration. */
    public List<FieldAccess> of(FieldInfo field) {
        TypeDeclaration<?> root = field.owner();
        for (Node n = root; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> t) {
                root = t;
            }
        }
        Map<VariableDeclarator, List<FieldAccess>> known = byType.get(root);
        if (known == null) {
            known = new IdentityHashMap<>();
            for (CallableDeclaration<?> method : root.findAll(CallableDeclaration.class)) {
                for (FieldAccess access : in(method)) {
                    known.computeIfAbsent(access.field().variable(), k -> new ArrayList<>()).add(access);
                }
            }
            byType.put(root, known);
        }
        return known.getOrDefault(field.variable(), List.of());
    }

    /**
     * For an assignment of a non-null value: the conditions that make it a lazy initialization,
     * null checks of the same field that decide whether it runs ({@code if (cache == null)},
     * {@code if (cache != null) return cache;}), innermost first; empty for any other access.
     */
    public List<Expression> lazyInitChecks(FieldAccess access) {
        if (access.kind() != FieldAccess.Kind.ASSIGN || !(access.node() instanceof AssignExpr assign)
                || assign.getValue() instanceof NullLiteralExpr) {
            return List.of();
        }
        List<Expression> checks = new ArrayList<>();
        for (Conditions.Control control : Conditions.controlling(access.node())) {
            if (Conditions.impliesNull(control.condition(), control.holds(), e -> refersTo(e, access.field()))) {
                checks.add(control.condition());
            }
        }
        return checks;
    }

    /** The locks held at {@code node} that can exclude other threads from {@code field} (see {@link FieldAccess#guards()}). */
    public Set<Guard> guardsAt(Node node, FieldInfo field) {
        return excluding(synchronization.at(node), field);
    }

    private Set<Guard> excluding(Set<Guard> held, FieldInfo field) {
        if (field.isStatic() && !held.isEmpty() && !singletons.isSingleton(field.owner())) {
            // each instance has its own monitor: it does not exclude other instances from a static field
            return held.stream().filter(g -> !g.perInstance()).collect(Collectors.toSet());
        }
        return held;
    }

    /** True when {@code expression} denotes {@code field}. */
    public boolean refersTo(Expression expression, FieldInfo field) {
        Expression e = Fields.unwrap(expression);
        if (!(e instanceof NameExpr name && name.getNameAsString().equals(field.name())
                || e instanceof FieldAccessExpr access && access.getNameAsString().equals(field.name()))) {
            return false;
        }
        return fields.resolve(e).map(f -> f.variable() == field.variable()).orElse(false);
    }

    // ---- the walk

    private void walk(Node node, CallableDeclaration<?> method, List<FieldAccess> found) {
        if (node instanceof TypeDeclaration<?> || node instanceof BodyDeclaration<?> && node.getParentNode().orElse(null) instanceof ObjectCreationExpr) {
            return; // nested, local and anonymous classes are methods of their own
        }
        visit(node, method, found);
        for (Node child : node.getChildNodes()) {
            walk(child, method, found);
        }
    }

    private void visit(Node node, CallableDeclaration<?> method, List<FieldAccess> found) {
        if (node instanceof AssignExpr assign) {
            if (assign.getTarget() instanceof ArrayAccessExpr element) {
                elementWrite(element, assign, assign.getOperator().asString(), method, found);
            } else {
                fields.resolve(assign.getTarget()).ifPresent(field -> {
                    boolean plain = assign.getOperator() == AssignExpr.Operator.ASSIGN;
                    boolean update = !plain || reads(assign.getValue(), field);
                    found.add(access(field, update ? FieldAccess.Kind.UPDATE : FieldAccess.Kind.ASSIGN, assign,
                            plain ? "=" : assign.getOperator().asString(), method));
                });
            }
        } else if (node instanceof UnaryExpr unary && isIncrementOrDecrement(unary.getOperator())) {
            String op = unary.getOperator().asString();
            if (unary.getExpression() instanceof ArrayAccessExpr element) {
                elementWrite(element, unary, op, method, found);
            } else {
                fields.resolve(unary.getExpression())
                        .ifPresent(field -> found.add(access(field, FieldAccess.Kind.UPDATE, unary, op, method)));
            }
        } else if (node instanceof MethodCallExpr call) {
            call(call, method, found);
        }
    }

    private void call(MethodCallExpr call, CallableDeclaration<?> method, List<FieldAccess> found) {
        if (call.getScope().isEmpty()) {
            return;
        }
        Expression scope = call.getScope().get();
        if (scope instanceof NameExpr || scope instanceof FieldAccessExpr) {
            Optional<FieldInfo> field = fields.resolve(scope);
            if (field.isPresent()) {
                if (CALL_KINDS.contains(field.get().kind())) {
                    found.add(access(field.get(), FieldAccess.Kind.CALL, call, call.getNameAsString(), method));
                }
                return;
            }
            Integer position = MUTATING_HELPERS.get(scope + "." + call.getNameAsString());
            if (position != null && call.getArguments().size() > position) {
                fields.resolve(call.getArgument(position))
                        .filter(f -> f.kind() == FieldInfo.Kind.MUTABLE)
                        .ifPresent(f -> found.add(access(f, FieldAccess.Kind.ARGUMENT, call, scope + "." + call.getNameAsString(), method)));
            }
        } else if (scope instanceof MethodCallExpr view && VIEWS.contains(view.getNameAsString()) && view.getScope().isPresent()) {
            fields.resolve(view.getScope().get())
                    .filter(f -> CALL_KINDS.contains(f.kind()))
                    .ifPresent(f -> found.add(access(f, FieldAccess.Kind.CALL, call,
                            view.getNameAsString() + "()." + call.getNameAsString(), method)));
        }
    }

    private void elementWrite(ArrayAccessExpr element, Node write, String op, CallableDeclaration<?> method, List<FieldAccess> found) {
        Expression array = element.getName();
        while (array instanceof ArrayAccessExpr inner) {
            array = inner.getName();
        }
        fields.resolve(array)
                .filter(f -> f.kind() == FieldInfo.Kind.MUTABLE)
                .ifPresent(f -> found.add(access(f, FieldAccess.Kind.ELEMENT_WRITE, write, "[]" + op, method)));
    }

    private FieldAccess access(FieldInfo field, FieldAccess.Kind kind, Node node, String operation, CallableDeclaration<?> method) {
        Set<Guard> held = synchronization.at(node);
        return new FieldAccess(field, kind, node, operation, excluding(held, field), held, method);
    }

    private boolean reads(Expression value, FieldInfo field) {
        for (Node n : value.findAll(Node.class, n -> n instanceof NameExpr || n instanceof FieldAccessExpr)) {
            if (refersTo((Expression) n, field)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIncrementOrDecrement(UnaryExpr.Operator op) {
        return op == UnaryExpr.Operator.PREFIX_INCREMENT || op == UnaryExpr.Operator.POSTFIX_INCREMENT
                || op == UnaryExpr.Operator.PREFIX_DECREMENT || op == UnaryExpr.Operator.POSTFIX_DECREMENT;
    }
}
