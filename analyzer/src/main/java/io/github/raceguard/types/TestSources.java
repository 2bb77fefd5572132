package io.github.raceguard.types;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;

import java.nio.file.Path;

/**
 * Which sources are test code: files below {@code src/test/}, or below another test source set
 * of the Maven and Gradle conventions ({@code src/it/}, {@code src/testFixtures/},
 * {@code src/integrationTest/}, {@code src/<name>Test/}). Decided by the path alone, so it works
 * the same for the command line (which is handed folders) and the Maven plugin. The command line
 * also leaves out, below the folder it was given, whole test modules: a folder named
 * {@code integration-tests} and a module folder (one holding {@code src/}) named {@code *-test*}
 * ({@link #isTestFile}).
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

    /**
     * True when the command line leaves {@code file} out by default: a test source set anywhere
     * on its path, or, below {@code root} (the folder given on the command line, so that a
     * checkout named {@code foo-tests} is not itself taken for a test module), a folder named
     * {@code integration-tests} or a module folder named {@code *-test*} directly above {@code src/}.
     */
    public static boolean isTestFile(Path file, Path root) {
        if (isTestPath(file)) {
            return true;
        }
        Path below = root != null && file.startsWith(root) ? root.relativize(file) : file.getFileName();
        int count = below.getNameCount();
        for (int i = 0; i < count - 1; i++) {
            String name = below.getName(i).toString();
            if (name.equals("integration-tests")) {
                return true;
            }
            if (name.contains("-test") && below.getName(i + 1).toString().equals("src")) {
                return true;
            }
        }
        return false;
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
