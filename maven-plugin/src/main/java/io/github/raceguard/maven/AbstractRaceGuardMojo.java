package io.github.raceguard.maven;

import io.github.raceguard.Analysis;
import io.github.raceguard.AnalysisException;
import io.github.raceguard.AnalysisRequest;
import io.github.raceguard.report.AnalysisResult;
import io.github.raceguard.report.Finding;
import io.github.raceguard.report.Level;
import io.github.raceguard.report.Location;
import io.github.raceguard.report.Notification;
import io.github.raceguard.report.TextReport;
import io.github.raceguard.rules.RuleCatalog;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
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
 * What {@code check} and {@code baseline} share: which sources and classpath of the module are
 * analyzed, and how the one {@link Analysis#run} call is made and its failures contained.
 */
abstract class AbstractRaceGuardMojo extends AbstractMojo {

    /** Skips RaceGuard entirely. */
    @Parameter(property = "raceguard.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * Also analyzes the test source roots (with the test classpath). Off by default: races in
     * tests rarely matter and test helpers often do read-modify-write on purpose.
     */
    @Parameter(property = "raceguard.includeTests", defaultValue = "false")
    protected boolean includeTests;

    /** Ids of rules to switch off, e.g. {@code shared-mutable-state}; comma-separated on the command line. */
    @Parameter(property = "raceguard.disabledRules")
    protected List<String> disabledRules;

    /**
     * Ant-style patterns of source files not to analyze, e.g. {@code **}{@code /generated/**}.
     * They are matched against paths relative to the repository root (the git root, else the
     * top-level reactor directory), so patterns usually start with {@code **}{@code /}.
     * Comma-separated on the command line.
     */
    @Parameter(property = "raceguard.excludes")
    protected List<String> excludes;

    /**
     * Where the last result is kept: a re-run over unchanged sources, resources and classpath is
     * answered from it without parsing; any change runs the full analysis.
     */
    @Parameter(property = "raceguard.cacheDirectory", defaultValue = "${project.build.directory}/raceguard-cache")
    protected File cacheDirectory;

    /**
     * Fails the build when RaceGuard itself cannot analyze the module (an internal error, no
     * readable source). By default that is only a warning: a tool problem must never break a
     * build that compiles.
     */
    @Parameter(property = "raceguard.failOnToolError", defaultValue = "false")
    protected boolean failOnToolError;

    /**
     * How many threads parse the sources and run the rules; 0 (the default) means one per
     * available processor. The result is the same on any number of threads.
     */
    @Parameter(property = "raceguard.threads", defaultValue = "0")
    protected int threads;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    protected MojoExecution mojoExecution;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("RaceGuard skipped (raceguard.skip).");
            return;
        }
        validate();
        if ("pom".equals(project.getPackaging())) {
            getLog().info("RaceGuard: skipping " + project.getArtifactId() + ", a module of packaging pom has no sources.");
            return;
        }
        List<Path> sources = sourceRoots();
        if (!containsJavaFiles(sources)) {
            getLog().info("RaceGuard: skipping " + project.getArtifactId() + ", no Java sources"
                    + (includeTests ? "" : " (test sources are analyzed only with includeTests)") + ".");
            return;
        }
        AnalysisRequest request = new AnalysisRequest(sources, classpath(), Set.copyOf(split(disabledRules)),
                sourceRoot(), split(excludes), cacheDirectory == null ? null : cacheDirectory.toPath(), threads)
                .withProgress(new PhaseLog(getLog()));
        AnalysisResult result = analyze(request);
        if (result != null) {
            handle(result);
        }
    }

    /**
     * Checks parameters before anything is analyzed. A misspelt rule id is a configuration error
     * that fails the build: silently ignoring it would leave the rule on, and passing it to the
     * engine would only produce a warning and leave the module unchecked.
     */
    protected void validate() throws MojoExecutionException {
        Set<String> unknown = new TreeSet<>(split(disabledRules));
        unknown.removeAll(RuleCatalog.ids());
        if (!unknown.isEmpty()) {
            throw new MojoExecutionException("RaceGuard: unknown rule id(s) in disabledRules: " + String.join(", ", unknown)
                    + ". Known rules: " + String.join(", ", new TreeSet<>(RuleCatalog.ids())));
        }
        if (threads < 0) {
            throw new MojoExecutionException("RaceGuard: threads must be 0 (one per processor) or a positive number, not " + threads);
        }
    }

    /** What the goal does with a successful analysis of the module. */
    protected abstract void handle(AnalysisResult result) throws MojoExecutionException, MojoFailureException;

    /** Runs the engine; a failure of the engine is a warning (or with failOnToolError an error), never a crash. */
    private AnalysisResult analyze(AnalysisRequest request) throws MojoExecutionException {
        getLog().debug("RaceGuard: sources " + request.sources() + ", source root " + request.sourceRoot()
                + ", " + request.classpath().size() + " classpath entries");
        try {
            return Analysis.run(request);
        } catch (AnalysisException e) {
            return toolError("RaceGuard could not analyze " + project.getArtifactId() + ": " + e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            return toolError("RaceGuard failed on " + project.getArtifactId() + " (" + e
                    + "). This is a bug in RaceGuard; please report it with the output of mvn -X.", e);
        }
    }

    private AnalysisResult toolError(String message, Throwable cause) throws MojoExecutionException {
        if (failOnToolError) {
            throw new MojoExecutionException(message, cause);
        }
        getLog().warn(message + " The module was not checked (set raceguard.failOnToolError to fail the build instead).");
        getLog().debug(cause);
        return null;
    }

    /** Compile source roots (which include generated sources), plus the test roots with includeTests. */
    private List<Path> sourceRoots() {
        List<String> roots = new ArrayList<>(project.getCompileSourceRoots());
        if (includeTests) {
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
    private List<Path> classpath() throws MojoExecutionException {
        List<String> elements;
        try {
            elements = includeTests ? project.getTestClasspathElements() : project.getCompileClasspathElements();
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
    protected Path sourceRoot() {
        return RepositoryRoot.find(project.getBasedir().toPath(), topLevelDirectory());
    }

    protected Path topLevelDirectory() {
        MavenProject top = session.getTopLevelProject();
        if (top != null && top.getBasedir() != null) {
            return top.getBasedir().toPath();
        }
        String root = session.getExecutionRootDirectory();
        return root != null ? Paths.get(root) : null;
    }

    /** Version of this plugin, written to SARIF as the tool version. */
    protected String toolVersion() {
        return mojoExecution.getMojoDescriptor().getPluginDescriptor().getVersion();
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

    /** {@code path:[line,column] [rule-id] message}, path relative to the repository root. */
    static String format(Finding finding, Path sourceRoot) {
        Location at = finding.primary();
        return TextReport.displayPath(sourceRoot, at.file()) + ":[" + at.line() + "," + at.column() + "] ["
                + finding.ruleId() + "] " + finding.plainMessage().replaceAll("\\s*\\R\\s*", " ");
    }

    /**
     * Logs the tool's notifications (files it could not parse, types it could not resolve):
     * errors and warnings as warnings, notes only with -X. They never fail the build.
     */
    protected void logNotifications(AnalysisResult result) {
        int notes = 0;
        for (Notification n : result.notifications()) {
            String line = TextReport.formatNotification(n, result.sourceRoot());
            if (n.level() == Level.NOTE) {
                notes++;
                getLog().debug(line);
            } else {
                getLog().warn(line);
            }
        }
        if (notes > 0 && !getLog().isDebugEnabled()) {
            getLog().info("RaceGuard: " + notes + " tool note" + (notes == 1 ? "" : "s")
                    + " (run with -X to see them, or read the SARIF invocations).");
        }
    }

    /** Logs a finding at its level: error, warning, or info for notes. */
    protected void log(Finding finding, Path sourceRoot) {
        String line = format(finding, sourceRoot);
        if (finding.level() == Level.ERROR) {
            getLog().error(line);
        } else if (finding.level() == Level.WARNING) {
            getLog().warn(line);
        } else {
            getLog().info(line);
        }
    }
}
