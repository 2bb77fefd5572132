package io.github.raceguard.types;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;

import java.nio.file.Path;

/**
 * Which sources are test code: files below {@code src/test/}, or below another test source set
 * of the Maven and Gradle conventions ({@code src/it/}, {@code src/testFixtures/},
 * {@code src/integrationTest/}, {@code src/<name>Test/}). Decided by the path alone, so it works
 * the same for the command line (which is handed folders) and the Maven plugin.
 */
public final class TestSources {
    private TestSources() {
    }

    /** True when {@code node} lies in a test source set. */
    public static boolean isTestCode(Node node) {
        return node.findCompilationUnit()
                .flatMap(CompilationUnit::getStorage)
                .map(storage -> isTestPath(storage.getPath()))
                .orElse(false);
    }

    static boolean isTestPath(Path path) {
        String previous = null;
        for (Path segment : path.normalize()) {
            String name = segment.toString();
            if ("src".equals(previous) && (name.equals("test") || name.equals("it") || name.startsWith("test")
                    || name.endsWith("Test") || name.endsWith("-test"))) {
                return true;
            }
            previous = name;
        }
        return false;
    }
}
