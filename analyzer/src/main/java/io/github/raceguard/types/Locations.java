package io.github.raceguard.types;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import io.github.raceguard.report.Location;

import java.nio.file.Path;

/** Source locations of syntax nodes. */
public final class Locations {
    private Locations() {
    }

    public static Location of(Node node, String message) {
        Path file = node.findCompilationUnit()
                .flatMap(CompilationUnit::getStorage)
                .map(CompilationUnit.Storage::getPath)
                .orElse(Path.of("unknown.java"));
        Range range = node.getRange().orElse(Range.range(1, 1, 1, 1));
        return new Location(file, range.begin.line, range.begin.column, range.end.line, range.end.column, message);
    }

    /** The location of the statement that contains {@code node} (or the node, outside statements). */
    public static Location ofStatement(Node node, String message) {
        Node statement = node;
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof com.github.javaparser.ast.stmt.Statement && !(n instanceof com.github.javaparser.ast.stmt.BlockStmt)) {
                statement = n;
                break;
            }
        }
        if (statement instanceof com.github.javaparser.ast.stmt.ExpressionStmt) {
            return of(statement, message);
        }
        return of(node, message);
    }
}
