package io.github.raceguard.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Non-Java files that carry facts the analysis needs: MyBatis XML mappers, Flyway / Liquibase
 * migrations, {@code schema.sql}, application {@code .yml} / {@code .properties} (messaging settings). They live next to the sources, not among them: for a source
 * root {@code X/src/main/java} the resources are {@code X/src/main/resources} (the Maven
 * layout); files of these kinds under the requested paths themselves count too. Schema dumps
 * count wherever the repository keeps them: the {@code .sql} files of the module ({@code X}) and
 * of the git repository above it, outside any {@code src/}
 * folder ({@code sql/}, {@code db/}, {@code docs/}, {@code script/sql/} ...), build output,
 * {@code node_modules} and hidden folders left out.
 */
public final class ResourceFiles {

    private static final Set<String> EXTENSIONS = Set.of(".xml", ".sql", ".yaml", ".yml", ".properties");
    private static final long MAX_BYTES = 2L * 1024 * 1024;

    private ResourceFiles() {
    }

    public static List<Path> near(List<Path> sourceRoots, List<Path> requested) {
        TreeSet<Path> folders = new TreeSet<>();
        TreeSet<Path> repositoryFolders = new TreeSet<>();
        for (Path root : sourceRoots) {
            Path lang = root.getFileName();
            Path parent = root.getParent();
            if (lang != null && parent != null && lang.toString().equals("java")) {
                folders.add(parent.resolve("resources"));
                Path src = parent.getParent();
                if (src != null && src.getFileName() != null && src.getFileName().toString().equals("src") && src.getParent() != null) {
                    repositoryFolders.add(src.getParent().toAbsolutePath().normalize());
                    gitRoot(src.getParent()).ifPresent(repositoryFolders::add);
                }
            }
        }
        for (Path path : requested) {
            if (Files.isDirectory(path)) {
                folders.add(path.toAbsolutePath().normalize());
            }
        }
        TreeSet<Path> files = new TreeSet<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(ResourceFiles::wanted).forEach(p -> files.add(p.normalize()));
            } catch (IOException | RuntimeException e) {
                // an unreadable folder only means fewer facts; the Java analysis goes on
            }
        }
        for (Path folder : repositoryFolders) {
            collectSchemaDumps(folder, files);
        }
        return List.copyOf(files);
    }

    private static java.util.Optional<Path> gitRoot(Path from) {
        for (Path p = from.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }

    private static final int SCHEMA_DUMP_DEPTH = 6;

    /** {@code .sql} files below {@code folder}, not inside a source set, build output or hidden folder. */
    private static void collectSchemaDumps(Path folder, TreeSet<Path> files) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class), SCHEMA_DUMP_DEPTH,
                    new java.nio.file.SimpleFileVisitor<>() {
                        @Override
                        public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes attrs) {
                            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                            return !dir.equals(folder) && (SKIPPED_FOLDERS.contains(name) || name.startsWith("."))
                                    ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                            if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".sql") && wanted(file)) {
                                files.add(file.normalize());
                            }
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException | RuntimeException e) {
            // fewer facts, never a failure
        }
    }

    private static final Set<String> SKIPPED_FOLDERS = Set.of("src", "target", "build", "node_modules", "out", "bin");

    /** Source roots guessed from file paths alone ({@code .../src/main/java}), before anything is parsed. */
    public static List<Path> likelyRoots(List<Path> files) {
        TreeSet<Path> roots = new TreeSet<>();
        for (Path file : files) {
            for (Path p = file.getParent(); p != null; p = p.getParent()) {
                if (p.getFileName() != null && p.getFileName().toString().equals("java")
                        && p.getParent() != null && p.getParent().getParent() != null
                        && p.getParent().getParent().getFileName() != null
                        && p.getParent().getParent().getFileName().toString().equals("src")) {
                    roots.add(p);
                    break;
                }
            }
        }
        return List.copyOf(roots);
    }

    private static boolean wanted(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (EXTENSIONS.stream().noneMatch(name::endsWith) || file.toString().contains("/target/")) {
            return false;
        }
        try {
            return Files.isRegularFile(file) && Files.size(file) <= MAX_BYTES;
        } catch (IOException e) {
            return false;
        }
    }
}
