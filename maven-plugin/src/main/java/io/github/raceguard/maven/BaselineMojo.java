package io.github.raceguard.maven;

import io.github.raceguard.report.AnalysisResult;
import io.github.raceguard.report.Baseline;
import io.github.raceguard.report.Finding;
import io.github.raceguard.report.TextReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.io.IOException;

/**
 * Writes the module's current findings to a baseline file, {@code raceguard-baseline.json} in
 * the module folder by default. Commit it and point {@code check}'s {@code baseline} parameter
 * at it: {@code check} then reports only findings that are not in it. Entries match on rule,
 * file, enclosing method and the reported statement's text, not on line numbers, so unrelated
 * edits keep them valid. Suppressed findings are not written. Run it after compiling the
 * reactor, e.g. {@code mvn compile raceguard:baseline}.
 */
@Mojo(name = "baseline", threadSafe = true, requiresDependencyResolution = ResolutionScope.TEST)
public class BaselineMojo extends AbstractRaceGuardMojo {

    /** The baseline file to write. */
    @Parameter(property = "raceguard.baseline", defaultValue = "${project.basedir}/raceguard-baseline.json")
    private File baseline;

    @Override
    protected void handle(AnalysisResult result) throws MojoExecutionException {
        for (Finding finding : result.findings()) {
            getLog().info("baselined: " + format(finding, result.sourceRoot()));
        }
        logNotifications(result);
        try {
            Baseline.write(result, baseline.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("RaceGuard: cannot write the baseline " + baseline + ": " + e.getMessage(), e);
        }
        int n = result.findings().size();
        getLog().info("RaceGuard: wrote " + n + " finding" + (n == 1 ? "" : "s") + " to "
                + TextReport.displayPath(result.sourceRoot(), baseline.toPath())
                + (result.suppressed().isEmpty() ? "" : " (" + result.suppressed().size() + " suppressed, not written)") + ".");
    }
}
