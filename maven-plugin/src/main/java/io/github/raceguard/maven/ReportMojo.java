package io.github.raceguard.maven;

import io.github.raceguard.AnalysisRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.util.Locale;

/**
 * The RaceGuard page of the module's site: the HTML report of {@code check} (the same analysis
 * of the same sources and classpath) in the site's layout. Declare it in {@code <reporting>};
 * {@code mvn site} then lists "RaceGuard" under Project Reports. Findings never fail the site
 * build. Modules of packaging pom and modules without Java sources get no page.
 */
@Mojo(name = "report", threadSafe = true, requiresDependencyResolution = ResolutionScope.TEST)
public class ReportMojo extends AbstractRaceGuardReport {

    /** Where the last result is kept, as for {@code check} (which shares it: an unchanged module is not analyzed twice). */
    @Parameter(property = "raceguard.cacheDirectory", defaultValue = "${project.build.directory}/raceguard-cache")
    private File cacheDirectory;

    @Override
    protected File cacheDirectory() {
        return cacheDirectory;
    }

    @Override
    protected boolean hasSources() {
        String nothing = analysis().nothingToAnalyze(project);
        if (nothing != null) {
            getLog().info("RaceGuard: " + nothing);
            return false;
        }
        return true;
    }

    @Override
    protected AnalysisRequest request(ModuleAnalysis analysis) throws MojoExecutionException {
        return analysis.request(project);
    }

    @Override
    protected String subject() {
        return project.getArtifactId();
    }

    @Override
    public String getOutputName() {
        return "raceguard";
    }

    @Override
    public String getName(Locale locale) {
        return "RaceGuard";
    }
}
