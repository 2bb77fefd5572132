package io.github.raceguard.maven;

import io.github.raceguard.AnalysisRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.util.Locale;

/**
 * One RaceGuard page for the whole reactor, in the site of the top-level project: the sources of
 * all modules analyzed together (as the command line does on the repository root), each module
 * with its compile classpath, the modules' own build output left out (their sources are read
 * instead, so the page needs nothing compiled). Declare it in the {@code <reporting>} of the
 * reactor's root POM, like {@code aggregate-pmd} or JaCoCo's {@code report-aggregate}; it runs
 * only in the execution root of a build of several modules. Findings never fail the site build.
 */
@Mojo(name = "report-aggregate", aggregator = true, inheritByDefault = false, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class AggregateReportMojo extends AbstractRaceGuardReport {

    /** Where the last result of the reactor's analysis is kept. */
    @Parameter(property = "raceguard.aggregateCacheDirectory",
            defaultValue = "${project.build.directory}/raceguard-cache-aggregate")
    private File cacheDirectory;

    @Override
    protected File cacheDirectory() {
        return cacheDirectory;
    }

    @Override
    protected boolean hasSources() {
        // only once, in the top-level project; a single module's report page already is the whole
        if (!project.isExecutionRoot() || reactorProjects == null || reactorProjects.size() < 2) {
            return false;
        }
        ModuleAnalysis analysis = analysis();
        for (MavenProject module : reactorProjects) {
            if (analysis.nothingToAnalyze(module) == null) {
                return true;
            }
        }
        getLog().info("RaceGuard: no module of the reactor has Java sources; no aggregate report.");
        return false;
    }

    @Override
    protected AnalysisRequest request(ModuleAnalysis analysis) throws MojoExecutionException {
        return analysis.request(reactorProjects, project);
    }

    @Override
    protected String subject() {
        return "the reactor of " + project.getArtifactId();
    }

    @Override
    public String getOutputName() {
        return "raceguard-aggregate";
    }

    @Override
    public String getName(Locale locale) {
        return "RaceGuard (all modules)";
    }
}
