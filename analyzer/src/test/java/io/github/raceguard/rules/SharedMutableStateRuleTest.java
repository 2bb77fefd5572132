package io.github.raceguard.rules;

import io.github.raceguard.report.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SharedMutableStateRuleTest {

    private static final String RULE = "shared-mutable-state";

    @TempDir
    Path dir;

    @Test
    void oneFindingPerFieldAndMethodOnTheFirstChange() throws Exception {
        List<Finding> findings = InlineSources.assertMarked(dir, RULE, Map.of("t/Counters.java", """
                package t;
                import java.util.*;
                @org.springframework.stereotype.Service
                public class Counters {
                    private final Map<String, Integer> hits = new HashMap<>();
                    private final List<String> paths = new ArrayList<>();
                    private long total;
                    public void record(String path) {
                        hits.merge(path, 1, Integer::sum); // expect: shared-mutable-state
                        hits.putIfAbsent("all", 0);
                        total++; // expect: shared-mutable-state
                        total += 2;
                        paths.add(path); // expect: shared-mutable-state
                    }
                    public void reset() {
                        hits.clear(); // expect: shared-mutable-state
                        total = 0; // expect: shared-mutable-state
                    }
                    public int count(String path) {
                        return hits.getOrDefault(path, 0) + paths.size();
                    }
                }
                """));
        Finding first = findings.get(0);
        assertTrue(first.plainMessage().contains("hits") && first.plainMessage().contains("HashMap")
                && first.plainMessage().contains("ConcurrentHashMap"), first.plainMessage());
        assertEquals(2, first.related().size(), "the field and the annotation that makes the class a singleton");
    }

    @Test
    void locksMustBeTheSameMonitor() throws Exception {
        List<Finding> findings = InlineSources.assertMarked(dir, RULE, Map.of("t/Window.java", """
                package t;
                import java.util.*;
                import java.util.concurrent.locks.*;
                @org.springframework.stereotype.Component
                public class Window {
                    private final Object lock = new Object();
                    private final ReentrantLock samplesLock = new ReentrantLock();
                    private final StampedLock stamped = new StampedLock();
                    private final List<Long> samples = new ArrayList<>();
                    private final List<Long> guarded = new ArrayList<>();
                    private final List<Long> stampedSamples = new ArrayList<>();
                    private final List<Long> straight = new ArrayList<>();
                    public synchronized void add(long v) {
                        samples.add(v); // expect: shared-mutable-state
                        guarded.add(v);
                    }
                    public void trim() {
                        synchronized (lock) {
                            samples.remove(0); // expect: shared-mutable-state
                        }
                        synchronized (this) {
                            guarded.remove(0);
                        }
                    }
                    public void addStamped(long v) {
                        long stamp = stamped.writeLock();
                        try {
                            stampedSamples.add(v);
                        } finally {
                            stamped.unlockWrite(stamp);
                        }
                    }
                    public void clearStamped() {
                        long stamp = stamped.writeLock();
                        try {
                            stampedSamples.clear();
                        } finally {
                            stamped.unlock(stamp);
                        }
                    }
                    public void addStraight(long v) {
                        samplesLock.lock();
                        straight.add(v);
                        samplesLock.unlock();
                    }
                }
                """));
        assertTrue(findings.get(0).plainMessage().contains("different locks do not exclude each other"), findings.get(0).plainMessage());
    }

    @Test
    void staticFieldsAreSharedByEveryInstance() throws Exception {
        List<Finding> findings = InlineSources.assertMarked(dir, RULE, Map.of("t/Connection.java", """
                package t;
                import java.util.*;
                public class Connection {
                    private static int opened;
                    private static int closed;
                    private static final Map<String, Integer> BY_HOST = new HashMap<>();
                    private static final List<String> NAMES = List.of("a", "b");
                    private static final int[] LIMITS = {1, 2, 3};
                    private int queries;
                    public Connection(String host) {
                        opened++; // expect: shared-mutable-state
                        queries = 0;
                    }
                    public synchronized void close() {
                        closed++; // expect: shared-mutable-state
                    }
                    public static synchronized void register(String host) {
                        BY_HOST.put(host, 1);
                    }
                    public static void unregister(String host) {
                        BY_HOST.remove(host); // expect: shared-mutable-state
                    }
                    public static int limit(int i) {
                        return LIMITS[i] + NAMES.size();
                    }
                    public static void main(String[] args) {
                        opened = 0;
                    }
                }
                """));
        assertTrue(findings.get(1).plainMessage().contains("does not exclude other instances from a static field"),
                findings.get(1).plainMessage());
    }

    @Test
    void confinedThreadSafeInjectedAndSetUpStateIsNotReported() throws Exception {
        InlineSources.assertMarked(dir, RULE, Map.of("t/Quiet.java", """
                package t;
                import java.text.*;
                import java.util.*;
                import java.util.concurrent.*;
                import java.util.concurrent.atomic.*;
                import jakarta.annotation.PostConstruct;
                import org.springframework.beans.factory.annotation.Autowired;
                @org.springframework.stereotype.Service
                public class Quiet {
                    private static final ThreadLocal<SimpleDateFormat> FORMAT = ThreadLocal.withInitial(() -> new SimpleDateFormat("yyyy"));
                    private final Map<String, Long> concurrent = new ConcurrentHashMap<>();
                    private final List<String> copyOnWrite = new CopyOnWriteArrayList<>();
                    private final AtomicLong counter = new AtomicLong();
                    private final LongAdder adder = new LongAdder();
                    private final Map<String, String> config = new HashMap<>();
                    private final List<String> injectedList;
                    @Autowired private Map<String, String> injectedMap;
                    private volatile String lastSeen;
                    private String name;
                    Quiet(List<String> injectedList) {
                        this.injectedList = injectedList;
                        config.put("a", "b");
                    }
                    @PostConstruct void load() { config.put("c", "d"); }
                    public void setName(String name) { this.name = name; }
                    public void handle(String key, java.util.Date d) {
                        concurrent.merge(key, 1L, Long::sum);
                        copyOnWrite.add(key);
                        counter.incrementAndGet();
                        adder.increment();
                        injectedList.add(key);
                        injectedMap.put(key, key);
                        lastSeen = key;
                        FORMAT.get().format(d);
                        StringBuilder local = new StringBuilder();
                        local.append(config.get(key)).append(name);
                    }
                }
                """));
    }

    @Test
    void lombokSynchronizedAndNonSingletonScopes() throws Exception {
        InlineSources.assertMarked(dir, RULE, Map.of("t/Lombok.java", """
                package t;
                import java.util.*;
                import lombok.Synchronized;
                import org.springframework.context.annotation.Scope;
                @org.springframework.stereotype.Component
                public class Lombok {
                    private final Object registryLock = new Object();
                    private final List<String> items = new ArrayList<>();
                    private final List<String> named = new ArrayList<>();
                    @Synchronized public void add(String s) { items.add(s); }
                    @Synchronized public void clear() { items.clear(); }
                    @Synchronized("registryLock") public void addNamed(String s) { named.add(s); }
                    public void clearNamed() { synchronized (registryLock) { named.clear(); } }
                    public void clearUnlocked() { items.clear(); } // expect: shared-mutable-state
                }
                @org.springframework.stereotype.Component @Scope("prototype")
                class Builder {
                    private final StringBuilder text = new StringBuilder();
                    void add(String s) { text.append(s); }
                }
                """));
    }

    @Test
    void formattersAreChangedByEveryUse() throws Exception {
        InlineSources.assertMarked(dir, RULE, Map.of("t/Dates.java", """
                package t;
                import java.text.*;
                import java.security.MessageDigest;
                import java.util.Date;
                public final class Dates {
                    private static final SimpleDateFormat DAY = new SimpleDateFormat("yyyy-MM-dd");
                    private static final MessageDigest SHA;
                    static {
                        try { SHA = MessageDigest.getInstance("SHA-256"); } catch (Exception e) { throw new IllegalStateException(e); }
                    }
                    private final DateFormat own = new SimpleDateFormat("HH:mm");
                    public static String day(Date d) {
                        return DAY.format(d); // expect: shared-mutable-state
                    }
                    public static String pattern() {
                        return DAY.toPattern();
                    }
                    public static byte[] hash(byte[] data) {
                        return SHA.digest(data); // expect: shared-mutable-state
                    }
                    public String time(Date d) {
                        return own.format(d);
                    }
                }
                """));
    }
}
