package io.github.raceguard.maven;

import io.github.raceguard.AnalysisRequest;
import io.github.raceguard.report.AnalysisResult;
import io.github.raceguard.report.HtmlReport;
import io.github.raceguard.report.TextReport;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.util.List;
import java.util.Locale;

/**
 * What {@code report} and {@code report-aggregate} share: the analysis parameters of
 * {@code check} (same names, same user properties) and the page, which embeds the HTML report
 * ({@link HtmlReport#fragment}) in the site's layout. Findings never fail the site build.
 */
abstract class AbstractRaceGuardReport extends AbstractMavenReport {

    /** Skips the report. */
    @Parameter(property = "raceguard.skip", defaultValue = "false")
    protected boolean skip;

    /** Also analyzes the test source roots, as for {@code check}. */
    @Parameter(property = "raceguard.includeTests", defaultValue = "false")
    protected boolean includeTests;

    /** Ids of rules to switch off, as for {@code check}. */
    @Parameter(property = "raceguard.disabledRules")
    protected List<String> disabledRules;

    /** Ant-style patterns of source files not to analyze, as for {@code check}. */
    @Parameter(property = "raceguard.excludes")
    protected List<String> excludes;

    /** A baseline written by {@code raceguard:baseline}: the findings it lists are only counted, as for {@code check}. */
    @Parameter(property = "raceguard.baseline")
    protected File baseline;

    /** Fails the site build when RaceGuard itself cannot analyze the sources (by default a warning). */
    @Parameter(property = "raceguard.failOnToolError", defaultValue = "false")
    protected boolean failOnToolError;

    /** Threads that parse the sources and run the rules; 0 means one per available processor. */
    @Parameter(property = "raceguard.threads", defaultValue = "0")
    protected int threads;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /** The cache folder of this goal (each goal has its own default). */
    protected abstract File cacheDirectory();

    /** The request to analyze; called only when {@link #canGenerateReport()} said yes. */
    protected abstract AnalysisRequest request(ModuleAnalysis analysis) throws MojoExecutionException;

    /** What the page is about, for its failure text: a module or the reactor. */
    protected abstract String subject();

    /** Whether this project gets the page: there is something to analyze (logged when not). */
    protected abstract boolean hasSources();

    @Override
    public final boolean canGenerateReport() {
        if (skip) {
            getLog().info("RaceGuard report skipped (raceguard.skip).");
            return false;
        }
        return hasSources();
    }

    protected ModuleAnalysis analysis() {
        return new ModuleAnalysis(new ModuleAnalysis.Options(includeTests, disabledRules, excludes, cacheDirectory(),
                failOnToolError, threads), session, getLog());
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getDescription(Locale locale) {
        return "Read-modify-write races (lost updates) and related concurrency bugs found by RaceGuard.";
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        AnalysisResult result;
        try {
            ModuleAnalysis analysis = analysis();
            analysis.validate();
            result = analysis.run(request(analysis), subject());
            if (result != null) {
                result = ModuleAnalysis.applyBaseline(result, baseline, getLog());
                getLog().info(TextReport.summary(result));
            }
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        Sink sink = getSink();
        sink.head();
        sink.title();
        sink.text(getName(locale));
        sink.title_();
        sink.head_();
        sink.body();
        if (result != null) {
            // the report's own markup, style and script, unescaped
            sink.rawText(HtmlReport.fragment(result));
        } else {
            sink.section1();
            sink.sectionTitle1();
            sink.text(getName(locale));
            sink.sectionTitle1_();
            sink.paragraph();
            sink.text("RaceGuard could not analyze " + subject() + "; the build log says why.");
            sink.paragraph_();
            sink.section1_();
        }
        sink.body_();
        sink.flush();
    }
}
