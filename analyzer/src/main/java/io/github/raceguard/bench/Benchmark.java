package io.github.raceguard.bench;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import io.github.raceguard.cli.Main;
import io.github.raceguard.source.SourceDiscovery;
import io.github.raceguard.source.SourceParser;
import io.github.raceguard.source.Workers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The measurements behind {@code bench/run.sh}; each mode runs in its own JVM so one does not warm
 * up the other:
 * <ul>
 *   <li>{@code count PATH} — files and lines;</li>
 *   <li>{@code parse PATH} — JavaParser alone parsing every file (Java 21 level, on the same worker
 *       threads as the analysis): the floor a JavaParser-based tool cannot go below;</li>
 *   <li>{@code analyze [CLI options] PATH} — the full command-line analysis, in process.</li>
 * </ul>
 * Each prints {@code key=value} lines: seconds, and the peak heap (sum of the heap pools' peaks).
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: Benchmark count|parse|analyze [options] PATH");
            System.exit(2);
        }
        String mode = args[0];
        Path path = Path.of(args[args.length - 1]);
        long start = System.nanoTime();
        switch (mode) {
            case "count" -> count(path);
            case "parse" -> parse(path);
            case "analyze" -> analyze(java.util.Arrays.copyOfRange(args, 1, args.length));
            default -> {
                System.err.println("unknown mode " + mode);
                System.exit(2);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "seconds=%.2f%n", seconds);
        System.out.printf(Locale.ROOT, "peak_heap_mb=%d%n", peakHeapBytes() / (1024 * 1024));
    }

    private static List<Path> files(Path path) {
        Path root = path.toAbsolutePath().normalize();
        return SourceDiscovery.discover(List.of(root), root, List.of()).files();
    }

    private static void count(Path path) throws IOException {
        List<Path> files = files(path);
        long lines = 0;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            for (byte b : bytes) {
                if (b == '\n') {
                    lines++;
                }
            }
        }
        System.out.println("files=" + files.size());
        System.out.println("lines=" + lines);
    }

    private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(() -> new JavaParser(SourceParser.configuration()));

    private static void parse(Path path) {
        List<Path> files = files(path);
        List<Boolean> parsed = Workers.map(files, file -> {
            try {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                ParseResult<CompilationUnit> result = PARSER.get().parse(text);
                return result.isSuccessful();
            } catch (IOException | RuntimeException | StackOverflowError e) {
                return false;
            }
        });
        System.out.println("files=" + files.size());
        System.out.println("parsed=" + parsed.stream().filter(b -> b).count());
    }

    private static void analyze(String[] cliArgs) {
        List<String> args = new ArrayList<>(List.of("--fail-on", "none"));
        args.addAll(List.of(cliArgs));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String report = out.toString(StandardCharsets.UTF_8);
        String summary = report.lines().filter(l -> l.startsWith("RaceGuard:")).reduce((a, b) -> b).orElse("");
        System.out.println("exit=" + exit);
        System.out.println("summary=" + summary);
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
