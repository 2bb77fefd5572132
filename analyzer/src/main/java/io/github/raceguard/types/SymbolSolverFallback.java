package io.github.raceguard.types;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import com.github.javaparser.resolution.types.ResolvedType;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JarTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JavaParserTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import io.github.raceguard.source.SourceParser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * JavaParser's symbol solver over reflection (the JDK), every source root and every classpath
 * entry — asked only for expression types the {@link TypeIndex} cannot give (call chains into
 * libraries). Built lazily: a run that never needs it never pays for indexing the jars.
 * Every failure degrades to "unknown type" and is counted, never thrown.
 */
public final class SymbolSolverFallback {

    private final List<Path> sourceRoots;
    private final List<Path> classpath;
    private volatile JavaSymbolSolver symbolSolver;
    private volatile TypeSolver typeSolver;
    private final AtomicInteger failures = new AtomicInteger();

    public SymbolSolverFallback(List<Path> sourceRoots, List<Path> classpath) {
        this.sourceRoots = List.copyOf(sourceRoots);
        this.classpath = List.copyOf(classpath);
    }

    /** Number of expressions whose type could not be resolved. */
    public int failures() {
        return failures.get();
    }

    public Optional<TypeRef> typeOf(Expression expression) {
        if (classpath.isEmpty()) {
            // from sources alone the solver knows no more than the TypeIndex already does (plus
            // the JDK, which declares no data layer) and would re-parse source files to say so
            return Optional.empty();
        }
        // JavaParser's solver and its static facade caches are not thread-safe (javaparser#2671):
        // one question at a time, across every model in this JVM
        synchronized (SOLVER_LOCK) {
            try {
                JavaSymbolSolver solver = solver();
                expression.findCompilationUnit().ifPresent(unit -> attach(unit, solver));
                ResolvedType type = JavaParserFacade.get(typeSolver).getType(expression);
                return Optional.of(toRef(type));
            } catch (RuntimeException | StackOverflowError e) {
                failures.incrementAndGet();
                return Optional.empty();
            }
        }
    }

    /** Serializes every use of JavaParser's symbol solver in this JVM. */
    private static final Object SOLVER_LOCK = new Object();

    private static void attach(CompilationUnit unit, JavaSymbolSolver solver) {
        synchronized (unit) {
            if (!unit.containsData(Node.SYMBOL_RESOLVER_KEY)) {
                unit.setData(Node.SYMBOL_RESOLVER_KEY, solver);
            }
        }
    }

    private JavaSymbolSolver solver() {
        JavaSymbolSolver s = symbolSolver;
        if (s == null) {
            synchronized (this) {
                if (symbolSolver == null) {
                    build();
                }
                s = symbolSolver;
            }
        }
        return s;
    }

    private void build() {
        ParserConfiguration solverConfiguration = SourceParser.configuration();
        List<TypeSolver> solvers = new ArrayList<>();
        solvers.add(new ReflectionTypeSolver(true));
        for (Path root : sourceRoots) {
            // a small cache: each entry is a whole parsed file with its tokens
            solvers.add(new JavaParserTypeSolver(root, solverConfiguration, 500));
        }
        for (Path entry : classpath) {
            if (!Files.exists(entry)) {
                continue;
            }
            try {
                solvers.add(new JarTypeSolver(entry));
            } catch (Exception | LinkageError e) {
                // an unreadable jar only means types from it stay unresolved
            }
        }
        CombinedTypeSolver combined = new CombinedTypeSolver(CombinedTypeSolver.ExceptionHandlers.IGNORE_ALL, solvers);
        JavaSymbolSolver solver = new JavaSymbolSolver(combined);
        // records declared in other files resolve only when the solver's own parser can resolve too
        solverConfiguration.setSymbolResolver(solver);
        typeSolver = combined;
        symbolSolver = solver;
    }

    private static TypeRef toRef(ResolvedType type) {
        if (type.isReferenceType()) {
            ResolvedReferenceType reference = type.asReferenceType();
            List<TypeRef> args = reference.typeParametersValues().stream().map(SymbolSolverFallback::toRef).toList();
            return new TypeRef(reference.getQualifiedName(), args);
        }
        if (type.isTypeVariable()) {
            return TypeRef.variable(type.asTypeParameter().getName());
        }
        return new TypeRef(type.describe(), List.of());
    }

    /** Drops JavaParser's static per-solver caches so a long-lived JVM (a Maven reactor) does not keep ASTs. */
    public void close() {
        if (typeSolver != null) {
            synchronized (SOLVER_LOCK) {
                JavaParserFacade.clearInstances();
            }
        }
    }
}
