package io.github.raceguard.persistence;


import io.github.raceguard.types.AnnotationValues;
import io.github.raceguard.types.Frameworks;
import io.github.raceguard.types.Names;
import io.github.raceguard.types.LombokMembers;
import io.github.raceguard.types.TypeIndex;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which methods of a domain type change its state, so {@code account.debit(amount)} counts as a
 * modification just like {@code account.setBalance(..)}. A method mutates when it assigns or
 * increments a field of {@code this}, changes a collection field ({@code items.add(..)}), or
 * calls another method of the type that does. Setters Lombok generates ({@link LombokMembers})
 * count like written ones; Lombok's {@code withX(..)} and {@code toBuilder()} make changed copies.
 */
public final class EntityMethods {

    private static final Set<String> COLLECTION_MUTATORS = Set.of("add", "addAll", "remove", "removeAll", "removeIf",
            "put", "putAll", "clear", "set", "retainAll", "replaceAll", "merge", "compute", "computeIfAbsent", "computeIfPresent");

    private final TypeIndex types;
    private final io.github.raceguard.types.Memo<String, Boolean> cache = io.github.raceguard.types.Memo.byEquality();

    public EntityMethods(TypeIndex types) {
        this.types = types;
    }

    /** True when calling {@code name} with {@code arity} arguments on a {@code typeName} changes it. */
    public boolean mutates(String typeName, String name, int arity) {
        Optional<TypeDeclaration<?>> type = types.sourceType(typeName);
        if (type.isEmpty()) {
            // compiled elsewhere: only the JavaBeans convention is known
            return isSetterName(name, arity);
        }
        return cache.get(typeName + "#" + name + "/" + arity,
                key -> mutates(type.get(), name, arity, new HashSet<>()));
    }

    /**
     * True when the change {@code name} makes depends on the state it changes: the method reads a
     * field of the object ({@code balance -= x}, {@code if (status != NEW) throw ..},
     * {@code items.add(x)}) rather than only overwriting fields with its arguments or constants.
     * Unknown (compiled) methods are setters: they overwrite.
     */
    public boolean readsOwnState(String typeName, String name, int arity) {
        Optional<TypeDeclaration<?>> type = types.sourceType(typeName);
        if (type.isEmpty()) {
            return false;
        }
        return cache.get(typeName + "#reads:" + name + "/" + arity,
                key -> readsOwnState(type.get(), name, arity, new HashSet<>()));
    }

    /** What calling {@code name} with {@code arity} arguments on a {@code typeName} does to it. */
    public enum Effect {
        NONE,
        /** Changes the object and returns nothing useful. */
        MUTATES,
        /** Changes the object and returns it: a chained or fluent setter ({@code @Accessors(chain = true)}). */
        MUTATES_RETURNS_SELF,
        /** Returns a copy with one property changed ({@code @With}): saving the copy overwrites the same row. */
        COPY_WITH_CHANGE,
        /** Returns a builder seeded with the object ({@code toBuilder()}); its {@code build()} is a copy. */
        COPY_TO_BUILDER
    }

    public Effect effect(String typeName, String name, int arity) {
        Optional<LombokMembers.Generated> generated = generated(typeName, name, arity);
        if (generated.isPresent()) {
            return switch (generated.get().kind()) {
                case SETTER -> generated.get().returnsThis() ? Effect.MUTATES_RETURNS_SELF : Effect.MUTATES;
                case WITHER -> Effect.COPY_WITH_CHANGE;
                case TO_BUILDER -> Effect.COPY_TO_BUILDER;
                case GETTER -> Effect.NONE;
            };
        }
        return mutates(typeName, name, arity) ? Effect.MUTATES : Effect.NONE;
    }

    /** The Lombok method of that name on the type or a source superclass, unless a written method of that name exists. */
    private Optional<LombokMembers.Generated> generated(String typeName, String name, int arity) {
        Optional<TypeDeclaration<?>> type = types.sourceType(typeName);
        for (int depth = 0; type.isPresent() && depth < 10; depth++, type = superclass(type.get())) {
            if (!type.get().getMethodsByName(name).isEmpty()) {
                return Optional.empty(); // written by hand: Lombok generates nothing of that name
            }
            Optional<LombokMembers.Generated> generated = LombokMembers.generated(type.get(), name, arity);
            if (generated.isPresent()) {
                return generated;
            }
        }
        return Optional.empty();
    }

    public static boolean isSetterName(String name, int arity) {
        return arity == 1 && name.length() > 3 && name.startsWith("set") && Character.isUpperCase(name.charAt(3));
    }

    private boolean mutates(TypeDeclaration<?> type, String name, int arity, Set<String> seen) {
        if (!seen.add(type.getFullyQualifiedName().orElse(type.getNameAsString()) + "#" + name + "/" + arity)) {
            return false;
        }
        for (MethodDeclaration method : type.getMethodsByName(name)) {
            if (method.getParameters().size() != arity || method.isStatic()) {
                continue;
            }
            if (method.getBody().isEmpty()) {
                if (isSetterName(name, arity)) {
                    return true; // declared by an interface the entity implements, or abstract
                }
                continue;
            }
            if (bodyMutates(type, method, seen)) {
                return true;
            }
        }
        if (type.getMethodsByName(name).isEmpty() && LombokMembers.generated(type, name, arity)
                .filter(g -> g.kind() == LombokMembers.Kind.SETTER).isPresent()) {
            return true;
        }
        for (TypeDeclaration<?> parent : supertypes(type)) {
            if (mutates(parent, name, arity, seen)) {
                return true;
            }
        }
        return false;
    }

    private boolean readsOwnState(TypeDeclaration<?> type, String name, int arity, Set<String> seen) {
        if (!seen.add(type.getNameAsString() + "." + name + "/" + arity)) {
            return false;
        }
        for (MethodDeclaration method : type.getMethodsByName(name)) {
            if (method.getParameters().size() != arity || method.isStatic() || method.getBody().isEmpty()) {
                continue;
            }
            if (bodyReadsOwnState(type, method, seen)) {
                return true;
            }
        }
        for (TypeDeclaration<?> parent : supertypes(type)) {
            if (readsOwnState(parent, name, arity, seen)) {
                return true;
            }
        }
        return false;
    }

    private Optional<TypeDeclaration<?>> superclass(TypeDeclaration<?> type) {
        if (type instanceof ClassOrInterfaceDeclaration cls && !cls.isInterface() && !cls.getExtendedTypes().isEmpty()) {
            return types.resolve(cls.getExtendedTypes(0).getNameWithScope(), cls).flatMap(types::sourceType);
        }
        return Optional.empty();
    }

    /** The superclass and the implemented / extended interfaces found in the sources. */
    private List<TypeDeclaration<?>> supertypes(TypeDeclaration<?> type) {
        List<TypeDeclaration<?>> result = new ArrayList<>();
        if (type instanceof ClassOrInterfaceDeclaration cls) {
            List<ClassOrInterfaceType> declared = new ArrayList<>(cls.getExtendedTypes());
            declared.addAll(cls.getImplementedTypes());
            for (ClassOrInterfaceType t : declared) {
                types.resolve(t.getNameWithScope(), cls).flatMap(types::sourceType).ifPresent(result::add);
            }
        }
        return result;
    }

    private boolean bodyMutates(TypeDeclaration<?> type, MethodDeclaration method, Set<String> seen) {
        for (AssignExpr assign : method.findAll(AssignExpr.class)) {
            if (isOwnField(assign.getTarget(), type, method)) {
                return true;
            }
        }
        for (UnaryExpr unary : method.findAll(UnaryExpr.class)) {
            if (isIncrementOrDecrement(unary) && isOwnField(unary.getExpression(), type, method)) {
                return true;
            }
        }
        for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
            Optional<Expression> scope = call.getScope();
            if (scope.isPresent() && isOwnField(scope.get(), type, method)) {
                if (COLLECTION_MUTATORS.contains(call.getNameAsString()) && !addsToInverseSide(call, type)) {
                    return true;
                }
                // a component held in a field: lines.append(l), address.moveTo(city)
                Optional<String> fieldType = fieldType(type, fieldName(scope.get()));
                if (fieldType.isPresent() && types.sourceType(fieldType.get()).isPresent()
                        && mutates(fieldType.get(), call.getNameAsString(), call.getArguments().size())) {
                    return true;
                }
            }
            boolean onThis = scope.isEmpty() || scope.get() instanceof ThisExpr;
            if (onThis && mutates(type, call.getNameAsString(), call.getArguments().size(), seen)) {
                return true;
            }
        }
        return false;
    }

    /** {@code comments.add(c)} on {@code @OneToMany(mappedBy = ..)}: inserts the child, the owner's row is unchanged. */
    private boolean addsToInverseSide(MethodCallExpr call, TypeDeclaration<?> type) {
        if (!call.getNameAsString().startsWith("add")) {
            return false;
        }
        Optional<FieldDeclaration> field = field(type, fieldName(call.getScope().orElseThrow()));
        return field.isPresent() && Names.annotation(field.get(), Frameworks.ONE_TO_MANY)
                .or(() -> Names.annotation(field.get(), Frameworks.MANY_TO_MANY))
                .flatMap(a -> AnnotationValues.string(a, "mappedBy")).filter(s -> !s.isBlank()).isPresent();
    }

    private boolean bodyReadsOwnState(TypeDeclaration<?> type, MethodDeclaration method, Set<String> seen) {
        for (Expression e : method.findAll(Expression.class)) {
            if (!(e instanceof NameExpr || e instanceof FieldAccessExpr) || !readsField(e, type, method)) {
                if (e instanceof MethodCallExpr call && (call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr)
                        && readsOwnState(type, call.getNameAsString(), call.getArguments().size(), seen)) {
                    return true;
                }
                if (e instanceof MethodCallExpr getter && (getter.getScope().isEmpty() || getter.getScope().get() instanceof ThisExpr)
                        && getter.getArguments().isEmpty() && isGetterName(getter.getNameAsString())) {
                    return true;
                }
                continue;
            }
            Node parent = e.getParentNode().orElse(null);
            boolean overwritten = parent instanceof AssignExpr assign && assign.getTarget() == e
                    && assign.getOperator() == AssignExpr.Operator.ASSIGN;
            boolean addedToInverse = parent instanceof MethodCallExpr call && call.getScope().orElse(null) == e
                    && addsToInverseSide(call, type);
            if (!overwritten && !addedToInverse && !(e instanceof NameExpr && parent instanceof FieldAccessExpr f && f.getScope() == e)) {
                return true;
            }
        }
        return false;
    }

    /** A read of a field of this object: {@code this.x}, or a plain name that is a field declared here or in a supertype. */
    private boolean readsField(Expression e, TypeDeclaration<?> type, MethodDeclaration method) {
        if (e instanceof FieldAccessExpr field) {
            return field.getScope() instanceof ThisExpr;
        }
        String name = ((NameExpr) e).getNameAsString();
        if (isLocal(method, name) || !Character.isLowerCase(name.charAt(0))) {
            return false;
        }
        if (field(type, name).isPresent()) {
            return true;
        }
        for (TypeDeclaration<?> parent : supertypes(type)) {
            if (field(parent, name).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGetterName(String name) {
        return name.length() > 3 && name.startsWith("get") && Character.isUpperCase(name.charAt(3))
                || name.length() > 2 && name.startsWith("is") && Character.isUpperCase(name.charAt(2));
    }

    private static String fieldName(Expression e) {
        return e instanceof FieldAccessExpr f ? f.getNameAsString() : e instanceof NameExpr n ? n.getNameAsString() : "";
    }

    private Optional<FieldDeclaration> field(TypeDeclaration<?> type, String name) {
        for (FieldDeclaration field : type.getFields()) {
            if (field.getVariables().stream().anyMatch(v -> v.getNameAsString().equals(name))) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    private Optional<String> fieldType(TypeDeclaration<?> type, String name) {
        return field(type, name).flatMap(f -> f.getVariables().stream().filter(v -> v.getNameAsString().equals(name)).findFirst()
                .map(v -> types.typeRef(v.getType(), f).name()));
    }

    public static boolean isIncrementOrDecrement(UnaryExpr unary) {
        return switch (unary.getOperator()) {
            case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> true;
            default -> false;
        };
    }

    private static boolean isOwnField(Expression target, TypeDeclaration<?> type, MethodDeclaration method) {
        if (target instanceof FieldAccessExpr field) {
            return field.getScope() instanceof ThisExpr && declaresField(type, field.getNameAsString());
        }
        if (target instanceof NameExpr name) {
            String n = name.getNameAsString();
            return declaresField(type, n) && !isLocal(method, n);
        }
        return false;
    }

    private static boolean declaresField(TypeDeclaration<?> type, String name) {
        for (FieldDeclaration field : type.getFields()) {
            if (!field.isStatic() && field.getVariables().stream().anyMatch(v -> v.getNameAsString().equals(name))) {
                return true;
            }
        }
        // a field inherited from a superclass is still state of this object
        return type instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration cls && !cls.getExtendedTypes().isEmpty();
    }

    private static boolean isLocal(MethodDeclaration method, String name) {
        if (method.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(name))) {
            return true;
        }
        for (VariableDeclarator v : method.findAll(VariableDeclarator.class)) {
            if (v.getNameAsString().equals(name)) {
                return true;
            }
        }
        for (Node lambdaParam : method.findAll(com.github.javaparser.ast.body.Parameter.class)) {
            if (((com.github.javaparser.ast.body.Parameter) lambdaParam).getNameAsString().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
