package io.github.raceguard.source;

import io.github.raceguard.report.Level;
import io.github.raceguard.report.Notification;
import io.github.raceguard.types.TestSources;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds the {@code .java} files under the requested paths. Symlinks are followed (a loop is
 * reported, not followed again); the result is sorted and free of duplicates so every run sees
 * the files in the same order.
 */
public final class SourceDiscovery {

    /** The files found, what could not be searched, and how many test files were left out. */
    public record Result(List<Path> files, List<Notification> notifications, int testFilesSkipped) {
    }

    private SourceDiscovery() {
    }

    public static Result discover(List<Path> roots, Path sourceRoot, List<String> excludes) {
        return discover(roots, sourceRoot, excludes, false);
    }

    /** With {@code skipTests}, files {@link TestSources#isTestFile} marks below the path that found them are left out and counted. */
    public static Result discover(List<Path> roots, Path sourceRoot, List<String> excludes, boolean skipTests) {
        TreeSet<Path> files = new TreeSet<>();
        Set<Path> tests = new HashSet<>();
        List<Notification> notifications = new ArrayList<>();
        List<PathMatcher> excluded = excludes.stream()
                .map(pattern -> sourceRoot.getFileSystem().getPathMatcher("glob:" + pattern))
                .toList();
        for (Path root : roots) {
            Path start = root.toAbsolutePath().normalize();
            if (!Files.exists(start)) {
                notifications.add(Notification.forFile(Level.ERROR, start, "Source path does not exist."));
                continue;
            }
            if (Files.isRegularFile(start)) {
                files.add(start);
                continue;
            }
            try {
                Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                                if (file.getFileName().toString().endsWith(".java")) {
                                    if (attrs.isRegularFile()) {
                                        files.add(file.normalize());
                                        if (skipTests && TestSources.isTestFile(file.normalize(), start)) {
                                            tests.add(file.normalize());
                                        }
                                    } else if (attrs.isSymbolicLink()) {
                                        notifications.add(Notification.forFile(Level.WARNING, file,
                                                "Could not be read: broken symbolic link."));
                                    }
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path file, IOException e) {
                                String reason = e instanceof FileSystemLoopException
                                        ? "Symbolic link loop; not followed."
                                        : "Could not be read: " + e.getMessage();
                                notifications.add(Notification.forFile(Level.WARNING, file, reason));
                                return FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                notifications.add(Notification.forFile(Level.ERROR, start, "Could not be searched: " + e.getMessage()));
            }
        }
        List<Path> kept = new ArrayList<>();
        int skipped = 0;
        for (Path file : files) {
            if (isExcluded(file, sourceRoot, excluded)) {
                continue;
            }
            if (tests.contains(file)) {
                skipped++;
            } else {
                kept.add(file);
            }
        }
        return new Result(List.copyOf(kept), notifications, skipped);
    }

    private static boolean isExcluded(Path file, Path sourceRoot, List<PathMatcher> excluded) {
        if (excluded.isEmpty()) {
            return false;
        }
        Path relative = file.startsWith(sourceRoot) ? sourceRoot.relativize(file) : file;
        for (PathMatcher matcher : excluded) {
            if (matcher.matches(relative) || matcher.matches(file)) {
                return true;
            }
        }
        return false;
    }
}
