package io.github.raceguard.types;

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
        Imports imports = Imports.of(context);
        Optional<String> imported = imports.single(written);
        if (imported.isPresent()) {
            return candidates.contains(imported.get()) ? imported : Optional.empty();
        }
        for (String pkg : imports.wildcardPackages()) {
            String candidate = pkg + "." + written;
            if (candidates.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        String best = null;
        for (String candidate : candidates) {
            if (simpleName(candidate).equals(written) && (best == null || candidate.compareTo(best) < 0)) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
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
