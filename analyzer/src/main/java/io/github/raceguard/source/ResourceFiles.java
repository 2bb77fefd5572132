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
 * migrations, {@code schema.sql}. They live next to the sources, not among them: for a source
 * root {@code X/src/main/java} the resources are {@code X/src/main/resources} (the Maven
 * layout); files of these kinds under the requested paths themselves count too.
 */
public final class ResourceFiles {

    private static final Set<String> EXTENSIONS = Set.of(".xml", ".sql", ".yaml", ".yml");
    private static final long MAX_BYTES = 2L * 1024 * 1024;

    private ResourceFiles() {
    }

    public static List<Path> near(List<Path> sourceRoots, List<Path> requested) {
        TreeSet<Path> folders = new TreeSet<>();
        for (Path root : sourceRoots) {
            Path lang = root.getFileName();
            Path parent = root.getParent();
            if (lang != null && parent != null && lang.toString().equals("java")) {
                folders.add(parent.resolve("resources"));
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
        return List.copyOf(files);
    }

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
