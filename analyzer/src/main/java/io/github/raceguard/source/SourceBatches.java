package io.github.raceguard.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a tree too large for the heap into parts analyzed one after the other, each with its own
 * project model, so memory is bounded by the largest part instead of the whole tree. Parts follow
 * the tree's own structure — the first folder below each requested path (a Maven module, a JDK
 * module) — and only a folder larger than the budget is cut further, in path order. A tree that
 * fits is one part: nothing is lost in the common case.
 */
public final class SourceBatches {

    /**
     * Bytes of source one part may have: parsed, a byte of Java source costs about 45 bytes of
     * heap (measured on Hibernate ORM with tokens and prose comments dropped), plus room for the
     * model and the rules.
     */
    public static long budgetFor(long maxHeapBytes) {
        return Math.max(4L * 1024 * 1024, maxHeapBytes / 60);
    }

    private SourceBatches() {
    }

    public static List<List<Path>> plan(List<Path> files, List<Path> requested, long budgetBytes) {
        Map<Path, Long> sizes = new LinkedHashMap<>();
        long total = 0;
        for (Path file : files) {
            long size = size(file);
            sizes.put(file, size);
            total += size;
        }
        if (total <= budgetBytes) {
            return List.of(files);
        }
        Map<Path, List<Path>> groups = new LinkedHashMap<>();
        for (Path file : files) {
            groups.computeIfAbsent(groupOf(file, requested), k -> new ArrayList<>()).add(file);
        }
        List<List<Path>> batches = new ArrayList<>();
        List<Path> current = new ArrayList<>();
        long currentBytes = 0;
        for (List<Path> group : groups.values()) {
            long groupBytes = group.stream().mapToLong(sizes::get).sum();
            if (currentBytes + groupBytes > budgetBytes && !current.isEmpty()) {
                batches.add(current);
                current = new ArrayList<>();
                currentBytes = 0;
            }
            for (Path file : group) {
                long size = sizes.get(file);
                if (currentBytes + size > budgetBytes && !current.isEmpty() && groupBytes > budgetBytes) {
                    batches.add(current);
                    current = new ArrayList<>();
                    currentBytes = 0;
                }
                current.add(file);
                currentBytes += size;
            }
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    /** The first folder below the requested path that contains {@code file}. */
    private static Path groupOf(Path file, List<Path> requested) {
        for (Path root : requested) {
            Path start = root.toAbsolutePath().normalize();
            if (file.startsWith(start) && !file.equals(start)) {
                Path relative = start.relativize(file);
                return relative.getNameCount() > 1 ? start.resolve(relative.getName(0)) : start;
            }
        }
        return file.getParent();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
