package io.github.raceguard.datalayer;


import io.github.raceguard.types.TypeIndex;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;

import java.util.Optional;

/**
 * The text of a SQL / JPQL argument: a literal, a text block, a {@code +} concatenation, or a
 * {@code static final String} constant of this class or another source class
 * ({@code Queries.UPDATE_STOCK}). Null when the text is built at run time.
 */
public final class SqlConstants {

    private static final int MAX_DEPTH = 8;
    private final TypeIndex types;

    public SqlConstants(TypeIndex types) {
        this.types = types;
    }

    public String text(Expression e) {
        return text(e, 0);
    }

    private String text(Expression e, int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        if (e instanceof StringLiteralExpr s) {
            return s.asString();
        }
        if (e instanceof TextBlockLiteralExpr t) {
            return t.asString();
        }
        if (e instanceof EnclosedExpr enclosed) {
            return text(enclosed.getInner(), depth + 1);
        }
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            String left = text(b.getLeft(), depth + 1);
            String right = text(b.getRight(), depth + 1);
            // a run-time part (an id, a sort column) keeps the statement's shape readable
            return left == null && right == null ? null : (left == null ? "?" : left) + (right == null ? "?" : right);
        }
        if (e instanceof NameExpr name) {
            return constant(enclosingType(e), name.getNameAsString(), depth);
        }
        if (e instanceof FieldAccessExpr field) {
            Optional<TypeDeclaration<?>> owner = types.resolve(field.getScope().toString(), field).flatMap(types::sourceType);
            return owner.map(t -> constant(t, field.getNameAsString(), depth)).orElse(null);
        }
        return null;
    }

    private static TypeDeclaration<?> enclosingType(Node node) {
        return node.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t).orElse(null);
    }

    private String constant(TypeDeclaration<?> type, String name, int depth) {
        for (TypeDeclaration<?> t = type; t != null; t = t.getParentNode().map(SqlConstants::enclosingTypeOrSelf).orElse(null)) {
            for (FieldDeclaration field : t.getFields()) {
                for (VariableDeclarator v : field.getVariables()) {
                    if (v.getNameAsString().equals(name) && v.getInitializer().isPresent()) {
                        return text(v.getInitializer().get(), depth + 1);
                    }
                }
            }
        }
        return null;
    }

    private static TypeDeclaration<?> enclosingTypeOrSelf(Node node) {
        return node instanceof TypeDeclaration<?> t ? t : enclosingType(node);
    }
}
