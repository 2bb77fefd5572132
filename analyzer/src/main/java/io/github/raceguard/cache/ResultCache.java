package io.github.raceguard.cache;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.raceguard.RaceGuard;
import io.github.raceguard.report.AnalysisResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * {@code --cache DIR} / {@code cacheDirectory}: the last result, keyed by everything it depends on
 * — the content of every source and resource file, the classpath entries (path, size, time), the
 * enabled rules and options, and the tool version. An unchanged tree is answered from the cache
 * without parsing; any change runs the full analysis, so a cached answer is always the one a cold
 * run would give. (Per-file reuse after a change is not implemented yet.)
 */
public final class ResultCache {

    private static final String FILE = "raceguard-result.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path directory;

    public ResultCache(Path directory) {
        this.directory = directory;
    }

    /** The key of an analysis over {@code sources}, {@code resources} and {@code classpath} with {@code options}. */
    public static String key(Collection<Path> sources, Collection<Path> resources, Collection<Path> classpath, String options) {
        MessageDigest digest = sha256();
        update(digest, "raceguard " + RaceGuard.version() + "\n" + options + "\n");
        for (Path file : sources) {
            update(digest, "S " + file + " ");
            update(digest, contentHash(file) + "\n");
        }
        for (Path file : resources) {
            update(digest, "R " + file + " " + contentHash(file) + "\n");
        }
        for (Path entry : classpath) {
            update(digest, "C " + entry + " " + stamp(entry) + "\n");
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public Optional<AnalysisResult> load(String key) {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Entry entry = JSON.readValue(file.toFile(), Entry.class);
            return key.equals(entry.key()) ? Optional.of(entry.result()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged cache is a cache miss
        }
    }

    public void store(String key, AnalysisResult result) {
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "result", ".tmp");
            JSON.writeValue(temporary.toFile(), new Entry(key, result));
            Files.move(temporary, directory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // caching is an optimization: failing to write it never fails the analysis
        }
    }

    record Entry(String key, AnalysisResult result) {
    }

    private static String contentHash(Path file) {
        try {
            return HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(file)));
        } catch (IOException | RuntimeException e) {
            return "unreadable";
        }
    }

    /** A jar's size and time; for a class folder (a sibling module's target/classes) those of every file in it. */
    private static String stamp(Path entry) {
        try {
            if (Files.isDirectory(entry)) {
                try (var files = Files.walk(entry)) {
                    long[] sum = new long[2];
                    files.filter(Files::isRegularFile).forEach(f -> {
                        try {
                            sum[0] += Files.size(f) * 31 + f.toString().hashCode();
                            sum[1] = Math.max(sum[1], Files.getLastModifiedTime(f).toMillis());
                        } catch (IOException e) {
                            sum[0]++;
                        }
                    });
                    return sum[0] + ":" + sum[1];
                }
            }
            return Files.size(entry) + ":" + Files.getLastModifiedTime(entry).toMillis();
        } catch (IOException | RuntimeException e) {
            return "missing";
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
