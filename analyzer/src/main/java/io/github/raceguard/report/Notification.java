package io.github.raceguard.report;

import java.nio.file.Path;

/**
 * Something the tool itself has to tell: a file that could not be read or parsed, a rule that
 * failed on one method, types that could not be resolved. Becomes a SARIF
 * {@code toolExecutionNotification}; never fails the build by itself.
 *
 * @param file   the file concerned, or {@code null}
 * @param line   1-based line, or 0 when unknown
 * @param ruleId the rule concerned, or {@code null}
 */
public record Notification(Level level, String message, Path file, int line, String ruleId) {

    public static Notification forFile(Level level, Path file, String message) {
        return new Notification(level, message, file, 0, null);
    }
}
