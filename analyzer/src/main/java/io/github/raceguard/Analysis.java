package io.github.raceguard;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import io.github.raceguard.cache.ResultCache;
import io.github.raceguard.model.ProjectModel;
import io.github.raceguard.report.AnalysisResult;
import io.github.raceguard.report.Finding;
import io.github.raceguard.report.Level;
import io.github.raceguard.report.Notification;
import io.github.raceguard.report.Suppressions;
import io.github.raceguard.rules.MethodContext;
import io.github.raceguard.rules.Rule;
import io.github.raceguard.rules.RuleCatalog;
import io.github.raceguard.source.ParsedFile;
import io.github.raceguard.source.ResourceFiles;
import io.github.raceguard.source.SourceBatches;
import io.github.raceguard.source.SourceDiscovery;
import io.github.raceguard.source.SourceParser;
import io.github.raceguard.source.Workers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The one entry point shared by the CLI and the Maven plugin. */
public final class Analysis {

    private static final Comparator<Finding> REPORT_ORDER = Comparator
            .comparing((Finding f) -> f.primary().file().toString())
            .thenComparingInt(f -> f.primary().line())
            .thenComparingInt(f -> f.primary().column())
            .thenComparing(Finding::ruleId);

    private Analysis() {
    }

    /**
     * Runs every enabled rule over the requested sources. Problems with single files or rules
     * become notifications in the result; only a request that cannot run at all throws.
     */
    public static AnalysisResult run(AnalysisRequest request) throws AnalysisException {
        return run(request, RuleCatalog.enabled(request.disabledRules()));
    }

    /** Runs the given rules (embedders and tests; the catalog's enabled rules otherwise). */
    public static AnalysisResult run(AnalysisRequest request, List<Rule> rules) throws AnalysisException {
        return run(request, rules, UnaryOperator.identity());
    }

    /**
     * Like {@link #run(AnalysisRequest, List)}, with the discovered files put in the order
     * {@code order} gives (tests: the result must not depend on it).
     */
    static AnalysisResult run(AnalysisRequest request, List<Rule> rules, UnaryOperator<List<Path>> order) throws AnalysisException {
        if (request.sources().isEmpty()) {
            throw new AnalysisException("No source path given.");
        }
        Set<String> unknown = new LinkedHashSet<>(request.disabledRules());
        unknown.removeAll(RuleCatalog.ids());
        if (!unknown.isEmpty()) {
            throw new AnalysisException("Unknown rule id(s): " + String.join(", ", unknown) + ". Known: " + String.join(", ", RuleCatalog.ids().stream().sorted().toList()));
        }
        Path sourceRoot = request.sourceRoot() != null ? request.sourceRoot().toAbsolutePath().normalize()
                : detectSourceRoot(request.sources().get(0));
        List<Notification> notifications = new ArrayList<>();

        SourceDiscovery.Result discovered = SourceDiscovery.discover(request.sources(), sourceRoot, request.excludes(),
                request.skipTestPaths());
        notifications.addAll(discovered.notifications());
        if (discovered.files().isEmpty() && discovered.notifications().stream().anyMatch(n -> n.level() == Level.ERROR)) {
            throw new AnalysisException("No source to analyze: " + discovered.notifications().get(0).message()
                    + " (" + discovered.notifications().get(0).file() + ")");
        }

        ResultCache cache = request.cacheDirectory() == null ? null : new ResultCache(request.cacheDirectory());
        String cacheKey = null;
        if (cache != null) {
            cacheKey = ResultCache.key(discovered.files(), ResourceFiles.near(ResourceFiles.likelyRoots(discovered.files()), request.sources()),
                    request.classpath(), "disabled=" + new java.util.TreeSet<>(request.disabledRules()) + " excludes=" + request.excludes()
                            + " root=" + sourceRoot + " skipTests=" + request.skipTestPaths());
            Optional<AnalysisResult> cached = cache.load(cacheKey);
            if (cached.isPresent()) {
                return cached.get();
            }
        }

        List<Finding> findings = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        List<List<Path>> batches = SourceBatches.plan(order.apply(discovered.files()), request.sources(),
                SourceBatches.budgetFor(Runtime.getRuntime().maxMemory()));
        int analyzed = 0;
        int[] limits = new int[2]; // recursion cycles that did not settle, expression types the solver could not resolve
        for (List<Path> batch : batches) {
            analyzed += analyzeBatch(batch, request, rules, findings, suppressed, notifications, limits);
        }
        if (limits[0] > 0) {
            notifications.add(new Notification(Level.NOTE, limits[0]
                    + " recursion cycle(s) did not settle within " + io.github.raceguard.flow.SummaryEngine.MAX_ROUNDS
                    + " walks of each method; facts composed around them may be incomplete.", null, 0, null));
        }
        if (limits[1] > 0) {
            notifications.add(new Notification(Level.NOTE, limits[1]
                    + " expression type(s) could not be resolved; the analysis used what the source declares instead.", null, 0, null));
        }
        if (batches.size() > 1) {
            notifications.add(new Notification(Level.NOTE, "The sources were analyzed in " + batches.size()
                    + " parts to fit the heap (" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB); calls and types"
                    + " across parts were not combined. Give the JVM more heap (-Xmx) to analyze them as one.", null, 0, null));
        }
        findings.sort(REPORT_ORDER);
        suppressed.sort(REPORT_ORDER);
        AnalysisResult result = new AnalysisResult(sourceRoot, rules.stream().map(Rule::descriptor).toList(), findings, suppressed, 0,
                notifications, analyzed, discovered.testFilesSkipped());
        if (cache != null) {
            cache.store(cacheKey, result);
        }
        return result;
    }

    /**
     * Parses one part of the tree, builds its model and runs the rules, file by file on every
     * thread the request allows; each file's results are kept apart and merged in file order.
     * Returns how many files were analyzed.
     */
    private static int analyzeBatch(List<Path> batch, AnalysisRequest request, List<Rule> rules, List<Finding> findings,
                                    List<Finding> suppressed, List<Notification> notifications, int[] limits) {
        int threads = request.effectiveThreads();
        AnalysisProgress progress = request.progress();
        long started = System.nanoTime();
        progress.phaseStarted(AnalysisProgress.Phase.PARSE, batch.size());
        java.util.concurrent.atomic.AtomicInteger parsed = new java.util.concurrent.atomic.AtomicInteger();
        List<SourceParser.Outcome> outcomes = Workers.map(batch, threads, path -> {
            SourceParser.Outcome outcome = SourceParser.parse(path);
            progress.advanced(AnalysisProgress.Phase.PARSE, parsed.incrementAndGet(), batch.size());
            return outcome;
        });
        progress.phaseFinished(AnalysisProgress.Phase.PARSE, batch.size(), System.nanoTime() - started);
        List<ParsedFile> files = new ArrayList<>();
        for (SourceParser.Outcome outcome : outcomes) {
            if (outcome.file() != null) {
                files.add(outcome.file());
            } else {
                notifications.add(outcome.notification());
            }
        }
        List<Path> roots = sourceRoots(files);
        started = System.nanoTime();
        progress.phaseStarted(AnalysisProgress.Phase.MODEL, files.size());
        ProjectModel model = ProjectModel.build(files, roots, request.classpath(), ResourceFiles.near(roots, request.sources()));
        progress.phaseFinished(AnalysisProgress.Phase.MODEL, files.size(), System.nanoTime() - started);
        try {
            started = System.nanoTime();
            progress.phaseStarted(AnalysisProgress.Phase.RULES, files.size());
            java.util.concurrent.atomic.AtomicInteger checked = new java.util.concurrent.atomic.AtomicInteger();
            List<FileResult> results = Workers.map(files, threads, file -> {
                FileResult result = analyzeFile(file, rules, model);
                progress.advanced(AnalysisProgress.Phase.RULES, checked.incrementAndGet(), files.size());
                return result;
            });
            progress.phaseFinished(AnalysisProgress.Phase.RULES, files.size(), System.nanoTime() - started);
            for (FileResult result : results) {
                findings.addAll(result.findings());
                suppressed.addAll(result.suppressed());
                notifications.addAll(result.notifications());
            }
        } finally {
            model.symbolSolver().close();
        }
        limits[0] += model.readModifyWrites().unconverged() + model.dataWrites().unconverged()
                + model.existenceChecks().unconverged();
        limits[1] += model.symbolSolver().failures();
        return files.size();
    }

    /** What the rules found in one file: computed on its own, merged in file order. */
    private record FileResult(List<Finding> findings, List<Finding> suppressed, List<Notification> notifications) {
    }

    private static FileResult analyzeFile(ParsedFile file, List<Rule> rules, ProjectModel model) {
        List<Finding> findings = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        List<Notification> notifications = new ArrayList<>();
        CompilationUnit unit = file.unit();
        Suppressions suppressions = new Suppressions(unit, file.suppressionComments());
        List<Finding> found = new ArrayList<>();
        for (CallableDeclaration<?> method : file.callables()) {
            MethodContext context = new MethodContext(method, model, found::add);
            for (Rule rule : rules) {
                try {
                    rule.check(context);
                } catch (RuntimeException | StackOverflowError e) {
                    int line = method.getRange().map(r -> r.begin.line).orElse(0);
                    notifications.add(new Notification(Level.WARNING, "Rule " + rule.id() + " failed on "
                            + context.memberName() + " and skipped it: " + e, file.path(), line, rule.id()));
                }
            }
        }
        for (Finding finding : found) {
            (suppressions.suppresses(finding) ? suppressed : findings).add(finding);
        }
        return new FileResult(findings, suppressed, notifications);
    }

    /** The folder above each file's package directories: what the symbol solver needs as a source root. */
    static List<Path> sourceRoots(List<ParsedFile> files) {
        Set<Path> roots = new LinkedHashSet<>();
        for (ParsedFile file : files) {
            Path root = file.path().getParent();
            String pkg = file.unit().getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
            if (!pkg.isEmpty()) {
                for (int i = pkg.split("\\.").length; i > 0 && root != null; i--) {
                    root = root.getParent();
                }
            }
            if (root != null) {
                roots.add(root);
            }
        }
        return List.copyOf(roots);
    }

    /**
     * The git root above {@code source} (GitHub resolves URIs against the repository root); outside
     * a git repository the current directory when {@code source} lies below it, else the given
     * folder itself (the parent of a given file), so that URIs are relative, never absolute.
     */
    static Path detectSourceRoot(Path source) {
        Path start = source.toAbsolutePath().normalize();
        Path folder = Files.isDirectory(start) ? start : start.getParent();
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return p;
            }
        }
        Path current = Path.of("").toAbsolutePath().normalize();
        return folder == null || start.startsWith(current) ? current : folder;
    }
}
