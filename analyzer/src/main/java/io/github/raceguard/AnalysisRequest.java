package io.github.raceguard;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Everything one analysis needs. Built by the CLI and by the Maven plugin alike.
 *
 * @param sources       source folders (searched recursively) or single {@code .java} files
 * @param classpath     jars and class folders used to resolve types; may be empty (source-only)
 * @param disabledRules ids of rules to switch off
 * @param sourceRoot    the folder SARIF URIs are relative to (%SRCROOT%): the repository root;
 *                      {@code null} to detect it (git root above the first source, else the
 *                      current directory)
 * @param excludes      Ant-style patterns ({@code **}/generated/**) matched against source paths
 *                      relative to {@code sourceRoot}; matching files are not analyzed
 * @param cacheDirectory where results are kept for reuse when nothing changed; null for none
 * @param threads       how many threads parse files and run rules; 0 or less for one per available core
 * @param skipTestPaths  leave out files that their path marks as test code
 *                       ({@link io.github.raceguard.types.TestSources#isTestFile}): the command
 *                       line's default; the Maven plugin chooses its source roots itself
 * @param progress       hears the phases of the analysis (command-line progress, plugin log lines);
 *                       {@link AnalysisProgress#NONE} when null. Not part of what is analyzed.
 */
public record AnalysisRequest(List<Path> sources, List<Path> classpath, Set<String> disabledRules,
                              Path sourceRoot, List<String> excludes, Path cacheDirectory, int threads,
                              boolean skipTestPaths, AnalysisProgress progress) {

    public AnalysisRequest(List<Path> sources, List<Path> classpath, Set<String> disabledRules,
                           Path sourceRoot, List<String> excludes, Path cacheDirectory, int threads,
                           boolean skipTestPaths) {
        this(sources, classpath, disabledRules, sourceRoot, excludes, cacheDirectory, threads, skipTestPaths, null);
    }

    public AnalysisRequest(List<Path> sources, List<Path> classpath, Set<String> disabledRules,
                           Path sourceRoot, List<String> excludes, Path cacheDirectory, int threads) {
        this(sources, classpath, disabledRules, sourceRoot, excludes, cacheDirectory, threads, false);
    }

    public AnalysisRequest(List<Path> sources, List<Path> classpath, Set<String> disabledRules,
                           Path sourceRoot, List<String> excludes, Path cacheDirectory, boolean skipTestPaths) {
        this(sources, classpath, disabledRules, sourceRoot, excludes, cacheDirectory, 0, skipTestPaths);
    }

    public AnalysisRequest(List<Path> sources, List<Path> classpath, Set<String> disabledRules,
                           Path sourceRoot, List<String> excludes, Path cacheDirectory) {
        this(sources, classpath, disabledRules, sourceRoot, excludes, cacheDirectory, 0, false);
    }

    public AnalysisRequest(List<Path> sources, List<Path> classpath, Set<String> disabledRules,
                           Path sourceRoot, List<String> excludes) {
        this(sources, classpath, disabledRules, sourceRoot, excludes, null);
    }

    public AnalysisRequest {
        sources = List.copyOf(sources);
        classpath = List.copyOf(classpath);
        disabledRules = Set.copyOf(disabledRules);
        excludes = List.copyOf(excludes);
        progress = progress == null ? AnalysisProgress.NONE : progress;
    }

    /** The same request run on {@code count} threads (0 or less: one per available core). */
    public AnalysisRequest withThreads(int count) {
        return new AnalysisRequest(sources, classpath, disabledRules, sourceRoot, excludes, cacheDirectory, count, skipTestPaths, progress);
    }

    /** The same request reporting its phases to {@code listener}. */
    public AnalysisRequest withProgress(AnalysisProgress listener) {
        return new AnalysisRequest(sources, classpath, disabledRules, sourceRoot, excludes, cacheDirectory, threads, skipTestPaths, listener);
    }

    /** The threads to use: {@link #threads}, or one per available core. */
    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    public static AnalysisRequest of(List<Path> sources, List<Path> classpath) {
        return new AnalysisRequest(sources, classpath, Set.of(), null, List.of());
    }
}
