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
        return qualify(written, context, fqns).isPresent();
    }

    /**
     * Which of {@code candidates} the name {@code written} denotes in {@code context}'s file: a
     * qualified name or a single-type import decides; else a wildcard import of a candidate's
     * package; else the simple name alone.
     */
    public static Optional<String> qualify(String written, Node context, Collection<String> candidates) {
        if (written.contains(".")) {
            return candidates.stream().filter(f -> f.equals(written) || f.endsWith("." + written)).sorted().findFirst();
        }
        Optional<CompilationUnit> unit = context.findCompilationUnit();
        if (unit.isPresent()) {
            for (ImportDeclaration imp : unit.get().getImports()) {
                if (!imp.isAsterisk() && !imp.isStatic() && simpleName(imp.getNameAsString()).equals(written)) {
                    return candidates.contains(imp.getNameAsString()) ? Optional.of(imp.getNameAsString()) : Optional.empty();
                }
            }
            for (ImportDeclaration imp : unit.get().getImports()) {
                String candidate = imp.getNameAsString() + "." + written;
                if (imp.isAsterisk() && !imp.isStatic() && candidates.contains(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return candidates.stream().filter(f -> simpleName(f).equals(written)).sorted().findFirst();
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
