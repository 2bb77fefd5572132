package io.github.raceguard.cli;

import io.github.raceguard.report.Level;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The command line of SPEC §2, parsed. */
record CliOptions(List<Path> paths, Format format, Path output, List<Path> classpath, Level failOn,
                  Set<String> disabled, Path baseline, Path writeBaseline, Path cache, List<String> excludes,
                  boolean showSuppressed, boolean includeTests, boolean help, boolean version, boolean listRules,
                  int threads, boolean quiet) {

    enum Format { TEXT, SARIF, HTML, GITLAB }

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static String usage() {
        return """
                Usage: java -jar raceguard.jar [options] PATH...
                  PATH                       source folders or .java files, searched recursively

                Options:
                  --format text|sarif|html|gitlab
                                             output format (default text); html: one self-contained page,
                                             gitlab: GitLab Code Quality JSON
                  --output FILE              write the report to FILE instead of standard output
                  --classpath CP             jars / class folders for type resolution (%s-separated)
                  --fail-on error|warning|note|none
                                             exit 1 when a finding reaches this level (default error)
                  --disable ID[,ID...]       rules to switch off
                  --exclude GLOB[,GLOB...]   skip sources matching these patterns (relative to the repository root)
                  --baseline FILE            report only findings not in this baseline
                  --write-baseline FILE      write the current findings as a baseline and exit 0
                  --cache DIR                reuse per-file results kept in DIR (accepted; see README)
                  --threads N                parse and run rules on N threads (default: one per core)
                  --show-suppressed          also list suppressed findings (text format)
                  --quiet                    no progress on standard error (shown only on a terminal, for runs over 2 s)
                  --include-tests            also analyze test sources (src/test/, src/it/, src/testFixtures/,
                                             src/*Test/, integration-tests/ and *-test* modules; skipped by default)
                  --list-rules               print the rules and exit
                  --version                  print the version and exit
                  --help                     print this help and exit

                Exit codes: 0 no finding at or above the threshold, 1 findings at or above it,
                2 usage error or the analysis could not run.
                """.formatted(File.pathSeparator);
    }

    static CliOptions parse(String[] args) throws UsageException {
        List<Path> paths = new ArrayList<>();
        Format format = Format.TEXT;
        Path output = null;
        List<Path> classpath = new ArrayList<>();
        Level failOn = Level.ERROR;
        Set<String> disabled = new LinkedHashSet<>();
        Path baseline = null;
        Path writeBaseline = null;
        Path cache = null;
        List<String> excludes = new ArrayList<>();
        boolean showSuppressed = false;
        boolean includeTests = false;
        boolean help = false;
        boolean version = false;
        boolean listRules = false;
        int threads = 0;
        boolean quiet = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "--help", "-h" -> help = true;
                case "--version" -> version = true;
                case "--list-rules" -> listRules = true;
                case "--show-suppressed" -> showSuppressed = true;
                case "--include-tests" -> includeTests = true;
                case "--quiet", "-q" -> quiet = true;
                case "--format" -> {
                    String f = value != null ? value : next(args, ++i, arg);
                    format = switch (f.toLowerCase(Locale.ROOT)) {
                        case "text" -> Format.TEXT;
                        case "sarif" -> Format.SARIF;
                        case "html" -> Format.HTML;
                        case "gitlab" -> Format.GITLAB;
                        default -> throw new UsageException("--format must be text, sarif, html or gitlab, not '" + f + "'");
                    };
                }
                case "--output", "-o" -> output = Path.of(value != null ? value : next(args, ++i, arg));
                case "--classpath", "-cp" -> {
                    for (String entry : (value != null ? value : next(args, ++i, arg)).split(File.pathSeparator)) {
                        if (!entry.isBlank()) {
                            classpath.add(Path.of(entry));
                        }
                    }
                }
                case "--fail-on" -> {
                    String level = value != null ? value : next(args, ++i, arg);
                    if (level.equalsIgnoreCase("none")) {
                        failOn = null;
                    } else {
                        failOn = Level.parse(level);
                        if (failOn == null) {
                            throw new UsageException("--fail-on must be error, warning, note or none, not '" + level + "'");
                        }
                    }
                }
                case "--disable" -> split(value != null ? value : next(args, ++i, arg), disabled);
                case "--exclude" -> {
                    Set<String> patterns = new LinkedHashSet<>();
                    split(value != null ? value : next(args, ++i, arg), patterns);
                    excludes.addAll(patterns);
                }
                case "--baseline" -> baseline = Path.of(value != null ? value : next(args, ++i, arg));
                case "--write-baseline" -> writeBaseline = Path.of(value != null ? value : next(args, ++i, arg));
                case "--cache" -> cache = Path.of(value != null ? value : next(args, ++i, arg));
                case "--threads" -> {
                    String n = value != null ? value : next(args, ++i, arg);
                    try {
                        threads = Integer.parseInt(n.trim());
                    } catch (NumberFormatException e) {
                        threads = -1;
                    }
                    if (threads < 1) {
                        throw new UsageException("--threads must be a positive number, not '" + n + "'");
                    }
                }
                default -> {
                    if (arg.startsWith("-") && arg.length() > 1) {
                        throw new UsageException("unknown option " + arg);
                    }
                    paths.add(Path.of(arg));
                }
            }
        }
        if (paths.isEmpty() && !help && !version && !listRules) {
            throw new UsageException("no PATH given");
        }
        return new CliOptions(paths, format, output, classpath, failOn, disabled, baseline, writeBaseline, cache,
                excludes, showSuppressed, includeTests, help, version, listRules, threads, quiet);
    }

    private static String next(String[] args, int i, String option) throws UsageException {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    private static void split(String list, Set<String> into) {
        for (String id : list.split(",")) {
            if (!id.isBlank()) {
                into.add(id.trim());
            }
        }
    }
}
