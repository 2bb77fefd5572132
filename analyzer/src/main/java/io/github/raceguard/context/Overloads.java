package io.github.raceguard.context;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.type.Type;
import io.github.raceguard.types.Names;
import io.github.raceguard.types.TypeIndex;
import io.github.raceguard.types.TypeRef;
import io.github.raceguard.types.TypeResolver;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How well a call's arguments fit an overload's parameters, from declared types only (literals,
 * locals, parameters, fields; no symbol solver): an exact type scores highest, boxing, widening
 * and a source subtype less, an argument whose type cannot be told or a generic parameter
 * little, and a type that certainly does not fit (a {@code Ticket} for a {@code Voucher}, a
 * {@code String} for an {@code int}) rules the overload out. {@link CallGraph} picks the best.
 */
final class Overloads {

    private static final int EXACT = 3;
    private static final int CONVERTIBLE = 2;
    private static final int UNKNOWN = 1;
    private static final int MISMATCH = -1000;

    private static final Map<String, String> BOXES = Map.of("int", "Integer", "long", "Long", "short", "Short",
            "byte", "Byte", "char", "Character", "boolean", "Boolean", "double", "Double", "float", "Float");
    private static final List<String> WIDENING = List.of("byte", "short", "int", "long", "float", "double");
    /** Types whose assignability is fully known here: primitives, boxes and String. */
    private static final Set<String> CLOSED = Set.of("int", "long", "short", "byte", "char", "boolean", "double", "float",
            "Integer", "Long", "Short", "Byte", "Character", "Boolean", "Double", "Float", "String");

    private Overloads() {
    }

    static int score(MethodDeclaration method, MethodCallExpr call, TypeResolver resolver) {
        int total = 0;
        for (int i = 0; i < call.getArguments().size(); i++) {
            int p = CallGraph.parameterIndex(method, i);
            Parameter parameter = method.getParameter(p);
            boolean spread = parameter.isVarArgs() && !(call.getArguments().size() == method.getParameters().size() && i == p);
            Type declared = parameter.getType();
            TypeRef parameterType = resolver.types().typeRef(declared, parameter);
            total += fit(argumentType(call.getArgument(i), resolver), parameterType, spread || !parameter.isVarArgs(), resolver.types());
        }
        return total;
    }

    private static Optional<TypeRef> argumentType(Expression argument, TypeResolver resolver) {
        Expression e = argument;
        while (e instanceof EnclosedExpr enclosed) {
            e = enclosed.getInner();
        }
        String literal = e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr ? "String"
                : e instanceof IntegerLiteralExpr ? "int" : e instanceof LongLiteralExpr ? "long"
                : e instanceof BooleanLiteralExpr ? "boolean" : e instanceof CharLiteralExpr ? "char"
                : e instanceof DoubleLiteralExpr d ? (d.getValue().endsWith("f") || d.getValue().endsWith("F") ? "float" : "double")
                : null;
        if (literal != null) {
            return Optional.of(new TypeRef(literal, List.of()));
        }
        return resolver.declaredTypeOf(e);
    }

    private static int fit(Optional<TypeRef> argument, TypeRef parameter, boolean elementOrPlain, TypeIndex types) {
        if (argument.isEmpty() || argument.get().isVariable()) {
            return UNKNOWN;
        }
        if (parameter.isVariable()) {
            return UNKNOWN; // a generic parameter takes any reference
        }
        String a = Names.simpleName(argument.get().name());
        String p = Names.simpleName(parameter.name());
        if (!elementOrPlain) {
            return UNKNOWN; // an array passed to a varargs parameter
        }
        if (a.equals(p)) {
            return EXACT;
        }
        if (p.equals("Object") || BOXES.getOrDefault(a, "").equals(p) || BOXES.getOrDefault(p, "").equals(a)) {
            return CONVERTIBLE;
        }
        int from = WIDENING.indexOf(BOXES.containsKey(a) ? a : unbox(a));
        int to = WIDENING.indexOf(BOXES.containsKey(p) ? p : unbox(p));
        if (from >= 0 && to >= 0 && from < to && BOXES.containsKey(p)) {
            return CONVERTIBLE;
        }
        Optional<TypeDeclaration<?>> source = types.sourceType(argument.get().name());
        if (source.isPresent()) {
            if (isSubtype(source.get(), parameter.name(), types, 0)) {
                return CONVERTIBLE;
            }
            return types.sourceType(parameter.name()).isPresent() || CLOSED.contains(p) ? MISMATCH : UNKNOWN;
        }
        if (CLOSED.contains(a)) {
            return CLOSED.contains(p) || types.sourceType(parameter.name()).isPresent() ? MISMATCH : UNKNOWN;
        }
        return UNKNOWN;
    }

    private static String unbox(String name) {
        for (Map.Entry<String, String> box : BOXES.entrySet()) {
            if (box.getValue().equals(name)) {
                return box.getKey();
            }
        }
        return name;
    }

    private static boolean isSubtype(TypeDeclaration<?> type, String target, TypeIndex types, int depth) {
        if (depth > 10 || !(type instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration cls)) {
            return false;
        }
        List<com.github.javaparser.ast.type.ClassOrInterfaceType> supertypes = new java.util.ArrayList<>(cls.getExtendedTypes());
        supertypes.addAll(cls.getImplementedTypes());
        for (com.github.javaparser.ast.type.ClassOrInterfaceType supertype : supertypes) {
            Optional<String> name = types.resolve(supertype.getNameWithScope(), cls);
            if (name.isEmpty()) {
                if (Names.simpleName(supertype.getNameAsString()).equals(Names.simpleName(target))) {
                    return true;
                }
                continue;
            }
            if (name.get().equals(target) || Names.simpleName(name.get()).equals(Names.simpleName(target))) {
                return true;
            }
            Optional<TypeDeclaration<?>> parent = types.sourceType(name.get());
            if (parent.isPresent() && isSubtype(parent.get(), target, types, depth + 1)) {
                return true;
            }
        }
        return false;
    }
}
