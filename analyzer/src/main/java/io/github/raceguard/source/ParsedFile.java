package io.github.raceguard.source;

import com.github.javaparser.ast.CompilationUnit;

import java.nio.file.Path;

/** A source file that parsed, with its syntax tree. */
public record ParsedFile(Path path, CompilationUnit unit) {
}
