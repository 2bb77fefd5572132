package io.github.raceguard.maven;

import io.github.raceguard.report.AnalysisResult;
import io.github.raceguard.report.Finding;
import io.github.raceguard.report.GitlabReport;
import io.github.raceguard.report.HtmlReport;
import io.github.raceguard.report.Level;
import io.github.raceguard.report.SarifReport;
import io.github.raceguard.report.TextReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Analyzes the module's sources for lost updates and related races, logs each finding as
 * {@code path:[line,column] [rule-id] message}, writes SARIF and an HTML report, and fails the build when findings
 * reach {@code failOnSeverity}. Types are resolved against the module's compile classpath (the
 * test classpath with {@code includeTests}), so entities and repositories of sibling modules and
 * libraries are understood.
 */
// requiresDependencyResolution is TEST although only the compile classpath is used by default:
// a goal's resolution scope is fixed, and includeTests needs the test classpath. A verify build
// resolves the test classpath for surefire anyway.
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class CheckMojo extends AbstractRaceGuardMojo {

    /**
     * The least severe level that fails the build: {@code error}, {@code warning}, {@code note},
     * or {@code none} to only report.
     */
    @Parameter(property = "raceguard.failOnSeverity", defaultValue = "error")
    private String failOnSeverity;

    /** Where the module's SARIF 2.1.0 report is written. */
    @Parameter(property = "raceguard.sarifFile", defaultValue = "${project.build.directory}/raceguard.sarif")
    private File sarifFile;

    /**
     * Also writes a GitLab Code Quality report (JSON) there, for {@code artifacts:reports:codequality};
     * off unless set.
     */
    @Parameter(property = "raceguard.gitlabFile")
    private File gitlabFile;

    /**
     * Where the module's HTML report is written: one self-contained page with the findings, for
     * people (the SARIF is for tools).
     */
    @Parameter(property = "raceguard.htmlFile", defaultValue = "${project.build.directory}/raceguard.html")
    private File htmlFile;

    /**
     * A baseline written by {@code raceguard:baseline}: findings it lists are not reported, only
     * counted. A missing file is a warning (every finding is then reported).
     */
    @Parameter(property = "raceguard.baseline")
    private File baseline;

    /** Also logs the findings silenced by {@code @SuppressWarnings("raceguard:...")} or {@code // raceguard:ignore}. */
    @Parameter(property = "raceguard.showSuppressed", defaultValue = "false")
    private boolean showSuppressed;

    /**
     * Also writes one SARIF and one HTML report for the whole reactor to the top-level project's
     * {@code target/raceguard.sarif} and {@code target/raceguard.html} (all modules' findings in
     * one list, as merged for the SARIF). The SARIF has one run with {@code automationDetails.id}
     * {@code raceguard/<top-level artifactId>/}, for a single code scanning upload (GitHub
     * rejects several runs of one category in one upload). Each module's own SARIF is still
     * written. Set it in the parent POM or with {@code -Draceguard.aggregate}.
     */
    // Design: a module cannot know whether it is the last one to run check (modules skip, fail
    // or run in parallel with -T), so each module adds its result to a holder shared by the build
    // session (ReactorSarif) and rewrites the merged file; after the last module the file holds
    // every module's findings, in reactor order.
    @Parameter(property = "raceguard.aggregate", defaultValue = "false")
    private boolean aggregate;

    private Level threshold;

    @Override
    protected void validate() throws MojoExecutionException {
        super.validate();
        String value = failOnSeverity == null ? "error" : failOnSeverity.trim().toLowerCase(Locale.ROOT);
        if (value.equals("none")) {
            threshold = null;
            return;
        }
        threshold = Level.parse(value);
        if (threshold == null) {
            throw new MojoExecutionException("RaceGuard: failOnSeverity must be error, warning, note or none, not '"
                    + failOnSeverity + "'");
        }
    }

    @Override
    protected void handle(AnalysisResult analyzed) throws MojoExecutionException, MojoFailureException {
        AnalysisResult result = ModuleAnalysis.applyBaseline(analyzed, baseline, getLog());
        Path root = result.sourceRoot();

        for (Finding finding : result.findings()) {
            log(finding, root);
        }
        if (showSuppressed) {
            for (Finding finding : result.suppressed()) {
                getLog().info("suppressed: " + format(finding, root));
            }
        }
        logNotifications(result);
        getLog().info(TextReport.summary(result));
        if (!result.suppressed().isEmpty() && !showSuppressed) {
            getLog().info("RaceGuard: list the suppressed findings with -Draceguard.showSuppressed.");
        }

        String automationId = "raceguard/" + project.getArtifactId() + "/";
        writeReport(sarifFile.toPath(), "SARIF", out -> SarifReport.write(result, automationId, toolVersion(), out));
        getLog().info("RaceGuard: SARIF written to " + TextReport.displayPath(root, sarifFile.toPath()));
        writeReport(htmlFile.toPath(), "the HTML report", out -> HtmlReport.write(result, out));
        getLog().info("RaceGuard: HTML report written to " + TextReport.displayPath(root, htmlFile.toPath()));
        if (aggregate) {
            writeAggregate(result);
        }
        if (gitlabFile != null) {
            writeReport(gitlabFile.toPath(), "the GitLab report", out -> GitlabReport.write(result, out));
            getLog().info("RaceGuard: GitLab Code Quality report written to " + TextReport.displayPath(root, gitlabFile.toPath()));
        }

        if (threshold != null && result.hasFindingsAtLeast(threshold)) {
            long failing = result.findings().stream().filter(f -> f.level().atLeast(threshold)).count();
            throw new MojoFailureException("RaceGuard found " + failing + " finding" + (failing == 1 ? "" : "s")
                    + " at or above " + threshold.sarifName() + " in " + project.getArtifactId()
                    + " (failOnSeverity=" + threshold.sarifName() + "); see the log above and "
                    + TextReport.displayPath(root, sarifFile.toPath()) + ".");
        }
        if (!result.findings().isEmpty()) {
            getLog().info(threshold == null
                    ? "RaceGuard: findings do not fail the build (failOnSeverity=none)."
                    : "RaceGuard: the build does not fail: no finding reaches failOnSeverity=" + threshold.sarifName() + ".");
        }
    }

    /** Writes one report file (its folder created first); {@code what} names it in the error. */
    private static void writeReport(Path file, String what, ReportWriter report) throws MojoExecutionException {
        try {
            createParent(file);
            try (OutputStream out = Files.newOutputStream(file)) {
                report.writeTo(out);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("RaceGuard: cannot write " + what + " to " + file + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface ReportWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    private void writeAggregate(AnalysisResult result) throws MojoExecutionException {
        MavenProject top = session.getTopLevelProject();
        Path directory = top != null
                ? Path.of(top.getBuild().getDirectory())
                : Path.of(session.getExecutionRootDirectory(), "target");
        String name = top != null ? top.getArtifactId() : directory.getParent().getFileName().toString();
        Path file = directory.resolve("raceguard.sarif");
        Path html = directory.resolve("raceguard.html");
        ReactorSarif reactor = ReactorSarif.forSession(session);
        int index = session.getProjects().indexOf(project);
        try {
            reactor.add(project.getId(), index, result, merged -> {
                Files.createDirectories(directory);
                try (OutputStream out = Files.newOutputStream(file)) {
                    SarifReport.write(merged, "raceguard/" + name + "/", toolVersion(), out);
                }
                try (OutputStream out = Files.newOutputStream(html)) {
                    HtmlReport.write(merged, out);
                }
            });
        } catch (IOException e) {
            throw new MojoExecutionException("RaceGuard: cannot write the aggregated reports in " + directory + ": " + e.getMessage(), e);
        }
        getLog().info("RaceGuard: aggregated SARIF and HTML report of " + reactor.size() + " module"
                + (reactor.size() == 1 ? "" : "s") + " written to " + TextReport.displayPath(result.sourceRoot(), file)
                + " and " + TextReport.displayPath(result.sourceRoot(), html));
    }
}
