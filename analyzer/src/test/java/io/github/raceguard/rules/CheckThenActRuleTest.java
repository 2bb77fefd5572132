package io.github.raceguard.rules;

import io.github.raceguard.report.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckThenActRuleTest {

    private static final String RULE = "check-then-act";

    @TempDir
    Path dir;

    @Test
    void concurrentMapCheckThenPut() throws Exception {
        List<Finding> findings = InlineSources.assertMarked(dir, RULE, Map.of("t/Registry.java", """
                package t;
                import java.util.*;
                import java.util.concurrent.*;
                public class Registry {
                    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
                    private final ConcurrentMap<String, Object> loaders = new ConcurrentHashMap<>();
                    private final Map<String, Object> locks = new ConcurrentHashMap<>();
                    private final Map<String, Object> plain = new HashMap<>();
                    public void count(String key) {
                        Integer current = counts.get(key);
                        counts.put(key, current == null ? 1 : current + 1); // expect: check-then-act
                    }
                    public Object loader(String key) {
                        Object loader = loaders.get(key);
                        if (loader == null) {
                            loader = new Object();
                            loaders.put(key, loader); // expect: check-then-act
                        }
                        return loader;
                    }
                    public Object stripedDoubleCheck(String key) {
                        Object loader = loaders.get(key);
                        if (loader == null) {
                            Object lock = locks.computeIfAbsent(key, k -> new Object());
                            synchronized (lock) {
                                loader = loaders.get(key);
                                if (loader == null) {
                                    loader = new Object();
                                    loaders.put(key, loader);
                                }
                            }
                        }
                        return loader;
                    }
                    public void otherKey(String key, String other) {
                        if (!counts.containsKey(key)) {
                            counts.put(other, 1);
                        }
                    }
                    public void process(String id) {
                        if (!counts.containsKey(id)) {
                            counts.put(id, 0); // expect: check-then-act
                            System.out.println(id);
                        }
                    }
                    public void plainMapIsNotThisRule(String key) {
                        if (!plain.containsKey(key)) {
                            plain.put(key, key);
                        }
                    }
                }
                """));
        assertTrue(findings.get(0).plainMessage().contains("merge"), findings.get(0).plainMessage());
        assertTrue(findings.get(1).plainMessage().contains("computeIfAbsent"), findings.get(1).plainMessage());
        assertTrue(findings.get(2).plainMessage().contains("run what it guards twice")
                && findings.get(2).plainMessage().contains("counts.putIfAbsent(id, 0) == null"), findings.get(2).plainMessage());
    }

    @Test
    void atomicsAndVolatiles() throws Exception {
        InlineSources.assertMarked(dir, RULE, Map.of("t/Limits.java", """
                package t;
                import java.util.concurrent.atomic.*;
                public class Limits {
                    private final AtomicInteger used = new AtomicInteger();
                    private final AtomicLong last = new AtomicLong();
                    private final LongAdder hits = new LongAdder();
                    private volatile long total;
                    private volatile boolean open;
                    public boolean acquire(int limit) {
                        if (used.get() >= limit) {
                            return false;
                        }
                        used.incrementAndGet(); // expect: check-then-act
                        return true;
                    }
                    public boolean acquireWithCas(int limit) {
                        while (true) {
                            int current = used.get();
                            if (current >= limit) {
                                return false;
                            }
                            if (used.compareAndSet(current, current + 1)) {
                                return true;
                            }
                        }
                    }
                    public void advance() {
                        long current = last.get();
                        last.set(current + 1); // expect: check-then-act
                    }
                    public synchronized void advanceLocked() {
                        last.set(last.get() + 1);
                    }
                    public void logThenAdd() {
                        System.out.println(last.get());
                        last.incrementAndGet();
                    }
                    public void resetWhenFull() {
                        if (hits.sum() > 100) {
                            hits.reset(); // expect: check-then-act
                        }
                    }
                    public void add(long n) {
                        total += n; // expect: check-then-act
                        open = true;
                    }
                    public synchronized void addLocked(long n) {
                        total += n;
                    }
                }
                """));
    }

    @Test
    void lazyInitializationOfSharedFields() throws Exception {
        Map<String, String> sources = Map.of("t/Lazy.java", """
                package t;
                import java.util.*;
                @org.springframework.stereotype.Service
                public class Lazy {
                    private static Lazy instance;
                    private static volatile Lazy shared;
                    private Map<String, String> table;
                    private Map<String, String> other;
                    private Map<String, String> lockedTable;
                    private Object client;
                    public static Lazy instance() {
                        if (instance == null) {
                            synchronized (Lazy.class) {
                                if (instance == null) {
                                    instance = new Lazy(); // expect: check-then-act
                                }
                            }
                        }
                        return instance;
                    }
                    public static Lazy shared() {
                        if (shared == null) {
                            synchronized (Lazy.class) {
                                if (shared == null) {
                                    shared = new Lazy();
                                }
                            }
                        }
                        return shared;
                    }
                    public Map<String, String> table() {
                        if (table != null) {
                            return table;
                        }
                        table = new HashMap<>(); // expect: check-then-act
                        return table;
                    }
                    public synchronized Map<String, String> lockedTable() {
                        if (lockedTable == null) {
                            lockedTable = new HashMap<>();
                        }
                        return lockedTable;
                    }
                    public void close() {
                        if (client != null) {
                            client = null; // expect: shared-mutable-state
                        }
                    }
                }
                class NotShared {
                    private Map<String, String> cache;
                    Map<String, String> cache() {
                        if (cache == null) {
                            cache = new HashMap<>();
                        }
                        return cache;
                    }
                }
                """);
        List<Finding> findings = InlineSources.assertMarked(dir, RULE, sources);
        InlineSources.assertMarked(dir, "shared-mutable-state", sources); // resetting to null is a plain write, not lazy initialization
        assertTrue(findings.get(0).plainMessage().contains("double-checked locking"), findings.get(0).plainMessage());
        assertTrue(findings.get(1).plainMessage().contains("lazy initialization"), findings.get(1).plainMessage());
    }

    @Test
    void cachesSuggestTheirAtomicLoad() throws Exception {
        List<Finding> findings = InlineSources.assertMarked(dir, RULE, Map.of("t/Prices.java", """
                package t;
                import com.github.benmanes.caffeine.cache.Cache;
                import com.github.benmanes.caffeine.cache.Caffeine;
                public class Prices {
                    private final Cache<String, Long> prices = Caffeine.newBuilder().maximumSize(100).build();
                    public long price(String sku) {
                        Long price = prices.getIfPresent(sku);
                        if (price == null) {
                            price = 42L;
                            prices.put(sku, price); // expect: check-then-act
                        }
                        return price;
                    }
                    public long loaded(String sku) {
                        return prices.get(sku, k -> 42L);
                    }
                }
                """));
        assertTrue(findings.get(0).plainMessage().contains("prices.get(sku, k -> load(k))"), findings.get(0).plainMessage());
    }

    @Test
    void lazyInitializationOfAnImmutableValueIsANoteOfAMutableObjectAWarning() throws Exception {
        Path src = dir.resolve("src");
        java.nio.file.Files.createDirectories(src.resolve("t"));
        java.nio.file.Files.writeString(src.resolve("t/Settings.java"), """
                package t;
                import java.util.*;
                @org.springframework.stereotype.Service
                public class Settings {
                    public enum Mode { LOCAL, REMOTE }
                    private final Properties config = new Properties();
                    private Mode mode;
                    private String baseUrl;
                    private Integer pageSize;
                    private List<String> regions;
                    public Mode mode() {
                        if (mode == null) {
                            mode = Mode.valueOf(config.getProperty("mode", "LOCAL"));
                        }
                        return mode;
                    }
                    public String baseUrl() {
                        if (baseUrl == null) {
                            baseUrl = "https://" + config.getProperty("host", "localhost");
                        }
                        return baseUrl;
                    }
                    public int pageSize() {
                        if (pageSize == null) {
                            pageSize = Integer.parseInt(config.getProperty("pageSize", "20"));
                        }
                        return pageSize;
                    }
                    public List<String> regions() {
                        if (regions == null) {
                            regions = new ArrayList<>(List.of("eu", "us"));
                        }
                        return regions;
                    }
                }
                """);
        io.github.raceguard.report.AnalysisResult result = io.github.raceguard.Analysis.run(
                io.github.raceguard.AnalysisRequest.of(List.of(src), List.of()));
        Map<Integer, io.github.raceguard.report.Level> levels = new java.util.TreeMap<>();
        result.findings().stream().filter(f -> f.ruleId().equals(RULE)).forEach(f -> levels.put(f.primary().line(), f.level()));
        org.junit.jupiter.api.Assertions.assertEquals(Map.of(
                13, io.github.raceguard.report.Level.NOTE, 19, io.github.raceguard.report.Level.NOTE,
                25, io.github.raceguard.report.Level.NOTE, 31, io.github.raceguard.report.Level.WARNING), levels);

        String text = io.github.raceguard.report.TextReport.render(result);
        assertTrue(text.contains("Settings.java:13:13: note [check-then-act]"), text);
        assertTrue(text.contains("Settings.java:31:13: warning [check-then-act]"), text);
        assertTrue(text.contains("(1 warning, 3 notes)"), text);
        com.fasterxml.jackson.databind.JsonNode results = io.github.raceguard.report.SarifReport.toJson(result, "raceguard/t/", "test")
                .get("runs").get(0).get("results");
        List<String> sarifLevels = new java.util.ArrayList<>();
        results.forEach(r -> sarifLevels.add(r.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt()
                + ":" + r.get("level").asText()));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("13:note", "19:note", "25:note", "31:warning"), sarifLevels);
        // --fail-on keeps its meaning: notes alone reach only the note threshold
        io.github.raceguard.report.AnalysisResult notesOnly = result.withBaseline(
                result.findings().stream().filter(f -> f.level() == io.github.raceguard.report.Level.NOTE).toList(), 0);
        assertTrue(notesOnly.hasFindingsAtLeast(io.github.raceguard.report.Level.NOTE));
        org.junit.jupiter.api.Assertions.assertFalse(notesOnly.hasFindingsAtLeast(io.github.raceguard.report.Level.WARNING));
    }
}
