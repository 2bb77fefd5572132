package io.github.raceguard.maven;

import io.github.raceguard.Analysis;
import io.github.raceguard.AnalysisException;
import io.github.raceguard.AnalysisRequest;
import io.github.raceguard.report.AnalysisResult;
import io.github.raceguard.report.Baseline;
import io.github.raceguard.rules.RuleCatalog;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * How every goal ({@code check}, {@code baseline}, {@code report}, {@code report-aggregate})
 * analyzes a module: which sources and classpath of the module, how the one {@link Analysis#run}
 * call is made and its failures contained. The goals only declare the parameters and decide
 * what to do with the result.
 */
final class ModuleAnalysis {

    /**
     * The analysis parameters the goals share (see the parameters of {@code check}).
     *
     * @param cacheDirectory null for no cache
     */
    record Options(boolean includeTests, List<String> disabledRules, List<String> excludes, File cacheDirectory,
                   boolean failOnToolError, int threads) {
    }

    private final Options options;
    private final MavenSession session;
    private final Log log;

    ModuleAnalysis(Options options, MavenSession session, Log log) {
        this.options = options;
        this.session = session;
        this.log = log;
    }

    /**
     * Checks parameters before anything is analyzed. A misspelt rule id is a configuration error
     * that fails the build: silently ignoring it would leave the rule on, and passing it to the
     * engine would only produce a warning and leave the module unchecked.
     */
    void validate() throws MojoExecutionException {
        Set<String> unknown = new TreeSet<>(split(options.disabledRules()));
        unknown.removeAll(RuleCatalog.ids());
        if (!unknown.isEmpty()) {
            throw new MojoExecutionException("RaceGuard: unknown rule id(s) in disabledRules: " + String.join(", ", unknown)
                    + ". Known rules: " + String.join(", ", new TreeSet<>(RuleCatalog.ids())));
        }
        if (options.threads() < 0) {
            throw new MojoExecutionException("RaceGuard: threads must be 0 (one per processor) or a positive number, not "
                    + options.threads());
        }
    }

    /** Why the module has nothing to analyze (packaging pom, no Java sources), or null when it has. */
    String nothingToAnalyze(MavenProject project) {
        if ("pom".equals(project.getPackaging())) {
            return "skipping " + project.getArtifactId() + ", a module of packaging pom has no sources.";
        }
        if (!containsJavaFiles(sourceRoots(project))) {
            return "skipping " + project.getArtifactId() + ", no Java sources"
                    + (options.includeTests() ? "" : " (test sources are analyzed only with includeTests)") + ".";
        }
        return null;
    }

    /** The request for one module: its source roots, its classpath, the repository root. */
    AnalysisRequest request(MavenProject project) throws MojoExecutionException {
        return request(sourceRoots(project), classpath(project), sourceRoot(project), options.cacheDirectory());
    }

    /**
     * One request for several modules analyzed together: all their source roots, the union of
     * their classpaths without the modules' own build output (their sources are read instead),
     * so nothing of the reactor needs to be compiled.
     */
    AnalysisRequest request(List<MavenProject> modules, MavenProject top) throws MojoExecutionException {
        Set<Path> sources = new LinkedHashSet<>();
        Set<Path> classpath = new LinkedHashSet<>();
        List<Path> buildDirectories = new ArrayList<>();
        for (MavenProject module : modules) {
            buildDirectories.add(normalize(module.getBuild().getDirectory()));
        }
        for (MavenProject module : modules) {
            if (nothingToAnalyze(module) != null) {
                continue;
            }
            sources.addAll(sourceRoots(module));
            for (Path entry : classpath(module)) {
                if (buildDirectories.stream().noneMatch(entry::startsWith)) {
                    classpath.add(entry);
                }
            }
        }
        return request(List.copyOf(sources), List.copyOf(classpath), sourceRoot(top), options.cacheDirectory());
    }

    private AnalysisRequest request(List<Path> sources, List<Path> classpath, Path sourceRoot, File cache) {
        return new AnalysisRequest(sources, classpath, Set.copyOf(split(options.disabledRules())), sourceRoot,
                split(options.excludes()), cache == null ? null : cache.toPath(), options.threads());
    }

    /**
     * Runs the engine; a failure of the engine is a warning (or with failOnToolError an error),
     * never a crash. Returns null when the module could not be analyzed.
     */
    AnalysisResult run(AnalysisRequest request, String name) throws MojoExecutionException {
        log.debug("RaceGuard: sources " + request.sources() + ", source root " + request.sourceRoot()
                + ", " + request.classpath().size() + " classpath entries");
        try {
            return Analysis.run(request);
        } catch (AnalysisException e) {
            return toolError("RaceGuard could not analyze " + name + ": " + e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            return toolError("RaceGuard failed on " + name + " (" + e
                    + "). This is a bug in RaceGuard; please report it with the output of mvn -X.", e);
        }
    }

    private AnalysisResult toolError(String message, Throwable cause) throws MojoExecutionException {
        if (options.failOnToolError()) {
            throw new MojoExecutionException(message, cause);
        }
        log.warn(message + " The module was not checked (set raceguard.failOnToolError to fail the build instead).");
        log.debug(cause);
        return null;
    }

    /**
     * The result without the findings a baseline file lists; unchanged without a baseline. A
     * missing file is a warning (every finding is then reported).
     */
    static AnalysisResult applyBaseline(AnalysisResult result, File baseline, Log log) throws MojoExecutionException {
        if (baseline == null) {
            return result;
        }
        if (!baseline.isFile()) {
            log.warn("RaceGuard: baseline " + baseline + " does not exist; every finding is reported."
                    + " Write it with mvn raceguard:baseline.");
            return result;
        }
        try {
            return Baseline.read(baseline.toPath()).apply(result);
        } catch (IOException e) {
            throw new MojoExecutionException("RaceGuard: cannot read the baseline " + baseline + ": " + e.getMessage(), e);
        }
    }

    /** Compile source roots (which include generated sources), plus the test roots with includeTests. */
    List<Path> sourceRoots(MavenProject project) {
        List<String> roots = new ArrayList<>(project.getCompileSourceRoots());
        if (options.includeTests()) {
            roots.addAll(project.getTestCompileSourceRoots());
        }
        Set<Path> existing = new LinkedHashSet<>();
        for (String root : roots) {
            Path path = Paths.get(root).toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                existing.add(path);
            }
        }
        return List.copyOf(existing);
    }

    private static boolean containsJavaFiles(List<Path> roots) {
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                if (files.anyMatch(f -> f.getFileName().toString().endsWith(".java") && Files.isRegularFile(f))) {
                    return true;
                }
            } catch (IOException | RuntimeException e) {
                return true; // let the analysis report what it cannot read
            }
        }
        return false;
    }

    /**
     * The compile classpath (test classpath with includeTests) for type resolution: dependency
     * jars and sibling modules' class folders or jars. The module's own output folders are left
     * out: its sources are analyzed directly.
     */
    private List<Path> classpath(MavenProject project) throws MojoExecutionException {
        List<String> elements;
        try {
            elements = options.includeTests() ? project.getTestClasspathElements() : project.getCompileClasspathElements();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("RaceGuard: dependencies of " + project.getId() + " are not resolved", e);
        }
        Set<Path> own = Set.of(normalize(project.getBuild().getOutputDirectory()),
                normalize(project.getBuild().getTestOutputDirectory()));
        List<Path> classpath = new ArrayList<>();
        for (String element : elements) {
            Path path = normalize(element);
            if (!own.contains(path)) {
                classpath.add(path);
            }
        }
        return classpath;
    }

    private static Path normalize(String path) {
        return Paths.get(path).toAbsolutePath().normalize();
    }

    /** The repository root: git root above the module, else the top-level reactor directory. */
    Path sourceRoot(MavenProject project) {
        return RepositoryRoot.find(project.getBasedir().toPath(), topLevelDirectory());
    }

    private Path topLevelDirectory() {
        MavenProject top = session.getTopLevelProject();
        if (top != null && top.getBasedir() != null) {
            return top.getBasedir().toPath();
        }
        String root = session.getExecutionRootDirectory();
        return root != null ? Paths.get(root) : null;
    }

    /** Splits list entries further at commas and drops blanks. */
    static List<String> split(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                if (value == null) {
                    continue;
                }
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.trim());
                    }
                }
            }
        }
        return out;
    }
}
