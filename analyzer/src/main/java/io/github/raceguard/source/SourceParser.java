package io.github.raceguard.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.Processor;
import com.github.javaparser.ast.validator.postprocessors.Java21PostProcessor;
import java.util.function.Supplier;
import io.github.raceguard.report.Level;
import io.github.raceguard.report.Notification;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses one file at Java 21 language level. JavaParser instances are not thread-safe, so each
 * worker thread has its own parser and configuration (see {@link Workers}).
 */
public final class SourceParser {

    /** Files above this size are almost always generated; parsing them costs more than it finds. */
    static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(() -> new JavaParser(analysisConfiguration()));
    private static final ThreadLocal<JavaParser> NEWEST_PARSER = ThreadLocal.withInitial(() -> new JavaParser(
            configuration().setLanguageLevel(ParserConfiguration.LanguageLevel.BLEEDING_EDGE)));

    private SourceParser() {
    }

    /** Java 21 with JavaParser's usual checks: what the symbol solver and the parse-only benchmark use. */
    public static ParserConfiguration configuration() {
        return new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)
                .setTabSize(1)
                .setLexicalPreservationEnabled(false);
    }

    /**
     * What the analysis parses with: Java 21 syntax and its post-processing ({@code var},
     * {@code yield}, records), but without the language-level validation pass — the project's own
     * compiler rejects invalid code, and re-checking it costs a tree walk per file — and without
     * attaching comments to nodes: only RaceGuard's suppression comments are kept, from the
     * comment list (see {@link ParsedFile#suppressionComments()}).
     */
    static ParserConfiguration analysisConfiguration() {
        ParserConfiguration configuration = configuration().setAttributeComments(false);
        List<Supplier<Processor>> processors = configuration.getProcessors();
        // JavaParser 3.28 registers: unicode escapes, line endings, comment attribution, language
        // level (post-processing + validation), symbol resolver, lexical preservation
        if (processors.size() == 6) {
            processors.remove(3);
            processors.add(() -> new Processor() {
                @Override
                public void postProcess(ParseResult<? extends Node> result, ParserConfiguration c) {
                    POST_PROCESSOR.postProcess(result, c);
                }
            });
        }
        return configuration;
    }

    private static final Java21PostProcessor POST_PROCESSOR = new Java21PostProcessor();

    /** The parse outcome: a file, or a notification saying why there is none. */
    public record Outcome(ParsedFile file, Notification notification) {
    }

    public static Outcome parse(Path path) {
        String text;
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                return failed(path, "Skipped: " + size + " bytes is above the " + MAX_FILE_BYTES + "-byte limit for one file.");
            }
            text = decode(Files.readAllBytes(path), path);
        } catch (IOException | SecurityException e) {
            return failed(path, "Could not be read: " + e.getMessage());
        }
        if (text.indexOf('\0') >= 0) {
            return failed(path, "Skipped: binary content, not Java source.");
        }
        try {
            ParseResult<CompilationUnit> result = PARSER.get().parse(text);
            if (!result.isSuccessful()) {
                // newer syntax (unnamed variables `_`, Java 22+): the newest level JavaParser knows
                ParseResult<CompilationUnit> newer = NEWEST_PARSER.get().parse(text);
                if (newer.isSuccessful()) {
                    result = newer;
                }
            }
            Optional<CompilationUnit> unit = result.getResult();
            if (!result.isSuccessful() || unit.isEmpty()) {
                return failed(path, "Could not be parsed: " + describe(result.getProblems()));
            }
            unit.get().setStorage(path);
            List<Comment> suppressions = new ArrayList<>();
            result.getCommentsCollection().ifPresent(comments -> {
                for (Comment comment : comments.getComments()) {
                    if (comment.getContent().contains("raceguard")) {
                        keepRangeOnly(comment);
                        suppressions.add(comment);
                    }
                }
            });
            ParsedFile parsed = ParsedFile.collect(path, unit.get(), SourceParser::keepRangeOnly, suppressions);
            dropComments(unit.get());
            return new Outcome(parsed, null);
        } catch (StackOverflowError e) {
            return failed(path, "Could not be parsed: expression nesting too deep for the parser.");
        } catch (RuntimeException e) {
            return failed(path, "Could not be parsed: " + e);
        }
    }

    /**
     * Keeps each node's line/column range but lets go of the token list it was computed from, and
     * of comments other than RaceGuard's own: tokens are three quarters of a parsed file's memory,
     * and nothing here reads them (no lexical-preserving printing). A 900k-line tree then fits in
     * a CI runner's heap.
     */
    static void dropComments(CompilationUnit unit) {
        for (Comment comment : unit.getAllComments()) {
            if (comment.getContent().contains("raceguard")) {
                keepRangeOnly(comment); // a suppression comment (SPEC §5)
            } else {
                comment.remove(); // Javadoc and other prose: nothing reads it, and it is large
            }
        }
    }

    private static void keepRangeOnly(Node node) {
        Range range = node.getRange().orElse(null);
        node.setTokenRange(null);
        if (range != null) {
            node.setRange(range);
        }
    }

    private static Outcome failed(Path path, String message) {
        return new Outcome(null, Notification.forFile(Level.WARNING, path, message));
    }

    /** UTF-8 when valid; otherwise ISO-8859-1, so a legacy-encoded file is still analyzed. */
    private static String decode(byte[] bytes, Path path) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static String describe(List<Problem> problems) {
        List<String> parts = new ArrayList<>();
        for (Problem problem : problems) {
            String where = problem.getLocation()
                    .flatMap(l -> l.getBegin().getRange())
                    .map(r -> "line " + r.begin.line + ": ")
                    .orElse("");
            String message = problem.getMessage().lines().findFirst().orElse("");
            parts.add(where + message);
            if (parts.size() == 3) {
                break;
            }
        }
        return parts.isEmpty() ? "unknown syntax error" : String.join("; ", parts);
    }
}
