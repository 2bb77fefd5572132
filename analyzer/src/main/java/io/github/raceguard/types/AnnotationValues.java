package io.github.raceguard.types;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;

import java.util.Optional;

/** Reads attribute values of source annotations: constants, enum names, string concatenations. */
public final class AnnotationValues {
    private AnnotationValues() {
    }

    /** The expression given for {@code attribute} ({@code value} also matches the single-member form). */
    public static Optional<Expression> attribute(AnnotationExpr annotation, String attribute) {
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            return "value".equals(attribute) ? Optional.of(single.getMemberValue()) : Optional.empty();
        }
        if (annotation instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                if (pair.getNameAsString().equals(attribute)) {
                    return Optional.of(pair.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The last segment of an enum constant: {@code Isolation.SERIALIZABLE} → {@code SERIALIZABLE}. */
    public static Optional<String> enumName(AnnotationExpr annotation, String attribute) {
        return attribute(annotation, attribute).map(AnnotationValues::constantName);
    }

    static String constantName(Expression e) {
        if (e instanceof FieldAccessExpr field) {
            return field.getNameAsString();
        }
        if (e instanceof NameExpr name) {
            return name.getNameAsString();
        }
        return e.toString();
    }

    public static Optional<String> string(AnnotationExpr annotation, String attribute) {
        return attribute(annotation, attribute).map(AnnotationValues::stringValue);
    }

    public static boolean bool(AnnotationExpr annotation, String attribute) {
        return attribute(annotation, attribute).map(e -> e.toString().equals("true")).orElse(false);
    }

    /**
     * String literal, text block or a {@code +} concatenation of them; a {@code String[]} value
     * ({@code @Insert({"insert into t", "values (..)"})}) joined by spaces as MyBatis joins it;
     * other parts as their source text.
     */
    public static String stringValue(Expression e) {
        if (e instanceof ArrayInitializerExpr array) {
            return String.join(" ", array.getValues().stream().map(AnnotationValues::stringValue).toList());
        }
        if (e instanceof StringLiteralExpr s) {
            return s.asString();
        }
        if (e instanceof TextBlockLiteralExpr t) {
            return t.asString();
        }
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            return stringValue(b.getLeft()) + stringValue(b.getRight());
        }
        return e.toString();
    }
}
