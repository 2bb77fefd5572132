package io.github.raceguard.report;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import io.github.raceguard.types.AnnotationValues;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SPEC §5: {@code @SuppressWarnings("raceguard:RULE-ID")} (or {@code "raceguard"} for all rules) on
 * a method, field or class around the finding; a {@code // raceguard:ignore RULE-ID reason}
 * comment on the reported line or the line above.
 */
public final class Suppressions {

    private static final Pattern IGNORE = Pattern.compile("raceguard:ignore\\s+([\\w-]+(?:\\s*,\\s*[\\w-]+)*)");

    private final CompilationUnit unit;
    private final List<Comment> comments;

    /**
     * @param comments the file's comments that mention RaceGuard (the parser keeps only those)
     */
    public Suppressions(CompilationUnit unit, List<Comment> comments) {
        this.unit = unit;
        this.comments = comments;
    }

    public boolean suppresses(Finding finding) {
        int line = finding.primary().line();
        return byComment(finding.ruleId(), line) || byAnnotation(finding.ruleId(), line);
    }

    private boolean byComment(String ruleId, int line) {
        for (Comment comment : comments) {
            int commentLine = comment.getRange().map(r -> r.begin.line).orElse(-1);
            int commentEnd = comment.getRange().map(r -> r.end.line).orElse(-1);
            if (commentLine != line && commentEnd != line - 1) {
                continue;
            }
            Matcher m = IGNORE.matcher(comment.getContent());
            if (m.find()) {
                for (String id : m.group(1).split(",")) {
                    if (id.trim().equals(ruleId)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean byAnnotation(String ruleId, int line) {
        for (BodyDeclaration<?> declaration : unit.findAll(BodyDeclaration.class)) {
            boolean encloses = declaration.getRange().map(r -> r.begin.line <= line && line <= r.end.line).orElse(false);
            if (encloses && suppressedBy(declaration, ruleId)) {
                return true;
            }
        }
        return false;
    }

    private static boolean suppressedBy(NodeWithAnnotations<?> node, String ruleId) {
        for (AnnotationExpr annotation : node.getAnnotations()) {
            if (!annotation.getNameAsString().equals("SuppressWarnings") && !annotation.getNameAsString().equals("java.lang.SuppressWarnings")) {
                continue;
            }
            for (String value : values(annotation)) {
                String v = value.toLowerCase(Locale.ROOT);
                if (v.equals("raceguard") || v.equals("raceguard:" + ruleId)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> values(AnnotationExpr annotation) {
        List<String> values = new ArrayList<>();
        AnnotationValues.attribute(annotation, "value").ifPresent(e -> collect(e, values));
        return values;
    }

    private static void collect(Expression e, List<String> values) {
        if (e instanceof StringLiteralExpr s) {
            values.add(s.asString());
        } else if (e instanceof ArrayInitializerExpr array) {
            for (Node value : array.getValues()) {
                collect((Expression) value, values);
            }
        }
    }
}
