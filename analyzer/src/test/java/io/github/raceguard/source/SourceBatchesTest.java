package io.github.raceguard.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceBatchesTest {

    @TempDir
    Path dir;

    private List<Path> files(String module, int count, int bytes) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path file = dir.resolve(module).resolve("p").resolve("F" + i + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x".repeat(bytes));
            files.add(file);
        }
        return files;
    }

    @Test
    void aTreeThatFitsIsOnePart() throws Exception {
        List<Path> all = new ArrayList<>(files("a", 3, 100));
        all.addAll(files("b", 3, 100));
        assertEquals(List.of(all), SourceBatches.plan(all, List.of(dir), 10_000));
    }

    @Test
    void partsFollowTopLevelFoldersAndCutOnlyWhatIsTooLarge() throws Exception {
        List<Path> a = files("a", 4, 1000);
        List<Path> b = files("b", 2, 1000);
        List<Path> huge = files("c", 10, 1000);
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(huge);
        List<List<Path>> parts = SourceBatches.plan(all, List.of(dir), 6000);
        assertEquals(all, parts.stream().flatMap(List::stream).toList(), "every file once, in order");
        assertEquals(a.size() + b.size(), parts.get(0).size(), "modules a and b fit together");
        assertTrue(parts.stream().allMatch(p -> p.size() <= 6), parts.toString());
        assertTrue(parts.size() >= 3);
    }
}
