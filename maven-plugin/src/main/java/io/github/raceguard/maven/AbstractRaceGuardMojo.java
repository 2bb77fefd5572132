package io.github.raceguard.maven;

import io.github.raceguard.report.AnalysisResult;
import io.github.raceguard.report.Finding;
import io.github.raceguard.report.Level;
import io.github.raceguard.report.Location;
import io.github.raceguard.report.Notification;
import io.github.raceguard.report.TextReport;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code check} and {@code baseline} share: the analysis parameters (the analysis itself is
 * {@link ModuleAnalysis}, shared with the site reports) and the logging of findings.
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
        ModuleAnalysis analysis = new ModuleAnalysis(new ModuleAnalysis.Options(includeTests, disabledRules, excludes,
                cacheDirectory, failOnToolError, threads), session, getLog());
        analysis.validate();
        validate();
        String nothing = analysis.nothingToAnalyze(project);
        if (nothing != null) {
            getLog().info("RaceGuard: " + nothing);
            return;
        }
        AnalysisResult result = analysis.run(analysis.request(project).withProgress(new PhaseLog(getLog())), project.getArtifactId());
        if (result != null) {
            handle(result);
        }
    }

    /** Checks the goal's own parameters before anything is analyzed. */
    protected void validate() throws MojoExecutionException {
    }

    /** What the goal does with a successful analysis of the module. */
    protected abstract void handle(AnalysisResult result) throws MojoExecutionException, MojoFailureException;

    /** Version of this plugin, written to SARIF as the tool version. */
    protected String toolVersion() {
        return mojoExecution.getMojoDescriptor().getPluginDescriptor().getVersion();
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
