package io.github.raceguard.model;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;

import java.util.Collection;
import java.util.Optional;

/**
 * Name matching that works without a classpath: a name written in the source is compared with a
 * set of fully qualified names through the file's imports. When the imports do not decide (a
 * wildcard import of another package, a same-package type), the simple name decides — the source
 * is what the user compiles, so {@code @Version} next to {@code import jakarta.persistence.*;} is
 * JPA's.
 */
public final class Names {
    private Names() {
    }

    public static String simpleName(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }

    /** True when {@code written} (as it appears in {@code context}'s file) names one of {@code fqns}. */
    public static boolean refersTo(String written, Node context, Collection<String> fqns) {
        if (written.contains(".")) {
            return fqns.contains(written) || fqns.stream().anyMatch(f -> f.endsWith("." + written));
        }
        Optional<CompilationUnit> unit = context.findCompilationUnit();
        if (unit.isPresent()) {
            for (ImportDeclaration imp : unit.get().getImports()) {
                if (!imp.isAsterisk() && !imp.isStatic() && simpleName(imp.getNameAsString()).equals(written)) {
                    return fqns.contains(imp.getNameAsString());
                }
            }
        }
        for (String fqn : fqns) {
            if (simpleName(fqn).equals(written)) {
                return true;
            }
        }
        return false;
    }

    public static Optional<AnnotationExpr> annotation(NodeWithAnnotations<?> node, Collection<String> fqns) {
        for (AnnotationExpr annotation : node.getAnnotations()) {
            if (refersTo(annotation.getNameAsString(), annotation, fqns)) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
    }

    public static boolean hasAnnotation(NodeWithAnnotations<?> node, Collection<String> fqns) {
        return annotation(node, fqns).isPresent();
    }
}
