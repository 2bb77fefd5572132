package io.github.raceguard.maven;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RepositoryRootTest {

    @TempDir
    Path dir;

    @Test
    void gitRootAboveTheModuleWins() throws IOException {
        Path repo = dir.resolve("repo");
        Path module = Files.createDirectories(repo.resolve("reactor/services"));
        Files.createDirectories(repo.resolve(".git"));
        assertEquals(repo, RepositoryRoot.find(module, repo.resolve("reactor")));
    }

    @Test
    void gitFileOfAWorktreeCounts() throws IOException {
        Path module = Files.createDirectories(dir.resolve("wt/services"));
        Files.writeString(dir.resolve("wt/.git"), "gitdir: /elsewhere/.git/worktrees/wt\n");
        assertEquals(dir.resolve("wt"), RepositoryRoot.find(module, null));
    }

    @Test
    void withoutGitTheTopLevelReactorDirectory() throws IOException {
        // assumes no .git above the temporary folder, which holds on build machines
        Path top = Files.createDirectories(dir.resolve("reactor"));
        Path module = Files.createDirectories(top.resolve("services"));
        if (RepositoryRoot.find(module, null).equals(module)) {
            assertEquals(top, RepositoryRoot.find(module, top));
        }
    }
}
