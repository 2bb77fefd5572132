package io.github.raceguard.cli;

import io.github.raceguard.Analysis;
import io.github.raceguard.AnalysisException;
import io.github.raceguard.AnalysisRequest;
import io.github.raceguard.RaceGuard;
import io.github.raceguard.report.AnalysisResult;
import io.github.raceguard.report.Baseline;
import io.github.raceguard.report.Finding;
import io.github.raceguard.report.GitlabReport;
import io.github.raceguard.report.HtmlReport;
import io.github.raceguard.report.SarifReport;
import io.github.raceguard.report.TextReport;
import io.github.raceguard.rules.Rule;
import io.github.raceguard.rules.RuleCatalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar raceguard.jar [options] PATH...} (SPEC §2). Exit codes: 0 no finding at or
 * above the threshold, 1 findings at or above it, 2 usage error or the analysis could not run.
 */
public final class Main {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE_OR_FAILURE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command; never calls {@code System.exit}, so tests and embedders can use it.
     * Progress goes to {@code err} only when the JVM runs on a terminal ({@code System.console()}).
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.console() != null ? TerminalProgress.DEFAULT_DELAY_NANOS : -1);
    }

    /**
     * Like {@link #run(String[], PrintStream, PrintStream)}, showing progress on {@code err} after
     * {@code progressDelayNanos} (a negative delay: no terminal, no progress) unless {@code --quiet}.
     */
    static int run(String[] args, PrintStream out, PrintStream err, long progressDelayNanos) {
        CliOptions options;
        try {
            options = CliOptions.parse(args);
        } catch (CliOptions.UsageException e) {
            err.println("raceguard: " + e.getMessage());
            err.println("Try --help.");
            return USAGE_OR_FAILURE;
        }
        if (options.help()) {
            out.print(CliOptions.usage());
            return OK;
        }
        if (options.version()) {
            out.println(RaceGuard.NAME + " " + RaceGuard.version());
            return OK;
        }
        if (options.listRules()) {
            for (Rule rule : RuleCatalog.all()) {
                out.printf("%-28s %-8s %s%n", rule.id(), rule.descriptor().defaultLevel().sarifName(), rule.descriptor().shortDescription());
            }
            return OK;
        }
        TerminalProgress progress = progressDelayNanos < 0 || options.quiet() ? null
                : new TerminalProgress(err, System::nanoTime, progressDelayNanos, TerminalProgress.DEFAULT_INTERVAL_NANOS);
        try {
            AnalysisResult result;
            try {
                result = Analysis.run(new AnalysisRequest(options.paths(), options.classpath(),
                        options.disabled(), null, options.excludes(), options.cache(), options.threads(), !options.includeTests(),
                        progress));
            } finally {
                if (progress != null) {
                    progress.finish();
                }
            }
            if (options.writeBaseline() != null) {
                Baseline.write(result, options.writeBaseline());
                if (!options.quiet()) {
                    err.println("raceguard: wrote " + result.findings().size() + " finding(s) to baseline " + options.writeBaseline());
                }
                return OK;
            }
            if (options.baseline() != null) {
                result = Baseline.read(options.baseline()).apply(result);
            }
            write(result, options, out);
            return result.hasFindingsAtLeast(options.failOn()) ? FINDINGS : OK;
        } catch (AnalysisException e) {
            err.println("raceguard: " + e.getMessage());
            return USAGE_OR_FAILURE;
        } catch (IOException e) {
            err.println("raceguard: " + e.getMessage());
            return USAGE_OR_FAILURE;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            StackTraceElement where = cause.getStackTrace().length > 0 ? cause.getStackTrace()[0] : null;
            err.println("raceguard: internal error, analysis aborted: " + cause + (where == null ? "" : " at " + where));
            return USAGE_OR_FAILURE;
        }
    }

    private static void write(AnalysisResult result, CliOptions options, PrintStream out) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        if (options.format() == CliOptions.Format.SARIF) {
            String category = "raceguard/" + result.sourceRoot().getFileName() + "/";
            SarifReport.write(result, category, RaceGuard.version(), buffer);
        } else if (options.format() == CliOptions.Format.HTML) {
            HtmlReport.write(result, buffer);
        } else if (options.format() == CliOptions.Format.GITLAB) {
            GitlabReport.write(result, buffer);
        } else {
            StringBuilder text = new StringBuilder();
            TextReport.write(result, text);
            if (options.showSuppressed() && !result.suppressed().isEmpty()) {
                text.append("Suppressed:").append(System.lineSeparator());
                for (Finding finding : result.suppressed()) {
                    text.append("  ").append(TextReport.formatFinding(finding, result.sourceRoot())).append(System.lineSeparator());
                }
            }
            buffer.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        if (options.output() != null) {
            Path parent = options.output().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream file = Files.newOutputStream(options.output())) {
                buffer.writeTo(file);
            }
            if (options.format() != CliOptions.Format.TEXT) {
                // a one-line summary still goes to the console
                out.println(TextReport.summary(result));
            }
        } else {
            out.write(buffer.toByteArray());
            out.flush();
        }
    }
}
