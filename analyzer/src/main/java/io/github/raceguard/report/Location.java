package io.github.raceguard.report;

import java.nio.file.Path;

/**
 * A region of a source file plus what happens there. Lines and columns are 1-based; columns
 * count UTF-16 code units (JavaParser's columns with tab size 1); {@code endColumn} is inclusive
 * of the last character, as JavaParser reports it.
 */
public record Location(Path file, int line, int column, int endLine, int endColumn, String message) {

    public Location withMessage(String newMessage) {
        return new Location(file, line, column, endLine, endColumn, newMessage);
    }

    /** {@code File.java:12} — short form used inside messages. */
    public String shortName() {
        return file.getFileName() + ":" + line;
    }
}
