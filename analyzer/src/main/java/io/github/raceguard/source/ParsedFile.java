package io.github.raceguard.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A source file that parsed, with its syntax tree and what the project-wide indexes need from it
 * (its type declarations, method calls, the methods and constructors rules visit, and its
 * {@code raceguard:ignore} comments) — collected in the same walk, on the parsing worker,
 * so building the indexes does not walk every tree again.
 */
public record ParsedFile(Path path, CompilationUnit unit, List<TypeDeclaration<?>> types, List<MethodCallExpr> calls,
                         List<CallableDeclaration<?>> callables, List<Comment> suppressionComments) {

    /** For a tree built elsewhere (tests): walks it to collect the declarations and calls. */
    public static ParsedFile of(Path path, CompilationUnit unit) {
        List<Comment> raceguard = unit.getAllComments().stream().filter(c -> c.getContent().contains("raceguard")).toList();
        return collect(path, unit, node -> { }, raceguard);
    }

    static ParsedFile collect(Path path, CompilationUnit unit, java.util.function.Consumer<com.github.javaparser.ast.Node> alsoVisit,
                              List<Comment> suppressionComments) {
        List<TypeDeclaration<?>> types = new ArrayList<>();
        List<MethodCallExpr> calls = new ArrayList<>();
        List<CallableDeclaration<?>> callables = new ArrayList<>();
        unit.walk(node -> {
            if (node instanceof TypeDeclaration<?> type) {
                types.add(type);
            } else if (node instanceof MethodCallExpr call) {
                calls.add(call);
            } else if (node instanceof CallableDeclaration<?> callable) {
                callables.add(callable);
            }
            alsoVisit.accept(node);
        });
        // the import table is attached to the tree now, on its parsing worker: later the tree is
        // only read, by as many threads as run rules (JavaParser's node data is a plain map)
        io.github.raceguard.types.Imports.of(unit);
        return new ParsedFile(path, unit, List.copyOf(types), List.copyOf(calls), List.copyOf(callables), List.copyOf(suppressionComments));
    }
}
