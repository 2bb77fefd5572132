package io.github.raceguard.maven;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder SARIF URIs and logged paths are relative to (%SRCROOT%): the root of the git
 * checkout that contains the module, so code scanning places annotations on the right file;
 * without git, the top-level directory of the reactor.
 */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    /**
     * @param moduleDir   the module's basedir
     * @param topLevelDir the reactor's top-level directory, or {@code null} to fall back to the module
     */
    static Path find(Path moduleDir, Path topLevelDir) {
        Path start = moduleDir.toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            // a folder for a normal clone, a file for worktrees and submodules
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return topLevelDir != null ? topLevelDir.toAbsolutePath().normalize() : start;
    }
}
