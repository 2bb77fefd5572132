package io.github.raceguard.context;

import io.github.raceguard.model.ModelFixtures;


import io.github.raceguard.model.ProjectModel;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SynchronizationTest {

    @TempDir
    Path dir;

    private static final String LOCKS = """
            package t;
            import java.util.concurrent.locks.*;
            import com.google.common.util.concurrent.Striped;
            public class Locks {
                private final Object lock = new Object();
                private static final Object LOCK = new Object();
                private final ReentrantLock reentrant = new ReentrantLock();
                private final ReadWriteLock rw = new ReentrantReadWriteLock();
                private final Striped<Lock> stripes = Striped.lock(8);
                public synchronized void method() { mark(); }
                public static synchronized void staticMethod() { mark(); }
                public void blocks() {
                    synchronized (this) { mark(); }
                    synchronized (lock) { mark(); }
                    synchronized (Locks.class) { mark(); }
                    synchronized (LOCK) { mark(); }
                }
                public void tryFinally() {
                    reentrant.lock();
                    try { mark(); } finally { reentrant.unlock(); }
                    mark();
                }
                public void readWrite() {
                    rw.writeLock().lock();
                    try { mark(); } finally { rw.writeLock().unlock(); }
                    Lock read = rw.readLock();
                    read.lock();
                    try { mark(); } finally { read.unlock(); }
                }
                public void striped(String key) {
                    Lock l = stripes.get(key);
                    l.lock();
                    try { mark(); } catch (RuntimeException e) { mark(); } finally { l.unlock(); }
                }
                public void straightLine() {
                    reentrant.lock();
                    mark();
                    reentrant.unlock();
                }
                public void sameStatementTwice() {
                    reentrant.lock();
                    mark();
                    reentrant.unlock();
                    mark();
                }
                public void lambda() {
                    synchronized (lock) { Runnable r = () -> mark(); }
                }
                @lombok.Synchronized public void lombokDefault() { mark(); }
                @lombok.Synchronized("lock") public void lombokNamed() { mark(); }
                public synchronized void callsHelper() { helper(); }
                public void alsoCallsHelperLocked() { synchronized (this) { helper(); } }
                private void helper() { mark(); }
                public void unlockedCaller() { mixedHelper(); }
                public synchronized void lockedCaller() { mixedHelper(); }
                private void mixedHelper() { mark(); }
                private static void mark() { }
            }
            """;

    private static Set<String> heldAtMarks(ProjectModel model, String method) {
        MethodDeclaration m = model.types().sourceType("t.Locks").orElseThrow().getMethodsByName(method).get(0);
        return m.findAll(MethodCallExpr.class, c -> c.getNameAsString().equals("mark")).stream()
                .map(c -> model.synchronization().at(c).stream()
                        .map(g -> g.mode() + " " + g.monitor() + (g.perInstance() ? " (instance)" : ""))
                        .sorted().collect(Collectors.joining(", ")))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private ProjectModel model() throws Exception {
        return ModelFixtures.model(dir, Map.of("t/Locks.java", LOCKS));
    }

    @Test
    void synchronizedMethodsAndBlocksNameTheirMonitor() throws Exception {
        ProjectModel model = model();
        assertEquals(Set.of("EXCLUSIVE this t.Locks (instance)"), heldAtMarks(model, "method"));
        assertEquals(Set.of("EXCLUSIVE class t.Locks"), heldAtMarks(model, "staticMethod"));
        assertEquals(Set.of("EXCLUSIVE this t.Locks (instance)", "EXCLUSIVE Locks.lock (instance)", "EXCLUSIVE class t.Locks",
                "EXCLUSIVE Locks.LOCK"), heldAtMarks(model, "blocks"));
    }

    @Test
    void locksHeldInTryFinallyOrBetweenLockAndUnlock() throws Exception {
        ProjectModel model = model();
        assertEquals(Set.of("EXCLUSIVE Locks.reentrant (instance)", ""), heldAtMarks(model, "tryFinally"),
                "held in the try block, not after it");
        assertEquals(Set.of("EXCLUSIVE Locks.reentrant (instance)"), heldAtMarks(model, "straightLine"));
        assertEquals(Set.of("EXCLUSIVE Locks.reentrant (instance)", ""), heldAtMarks(model, "sameStatementTwice"),
                "statements are told apart by identity, not by their text");
        assertEquals(Set.of("EXCLUSIVE Locks.rw (instance)", "SHARED Locks.rw (instance)"), heldAtMarks(model, "readWrite"));
        assertEquals(Set.of("PER_KEY Locks.stripes (instance)"), heldAtMarks(model, "striped"), "in the try block and the catch clause");
        assertEquals(Set.of("EXCLUSIVE Locks.lock (instance)"), heldAtMarks(model, "lambda"));
    }

    @Test
    void lombokSynchronized() throws Exception {
        ProjectModel model = model();
        assertEquals(Set.of("EXCLUSIVE $lock t.Locks (instance)"), heldAtMarks(model, "lombokDefault"));
        assertEquals(Set.of("EXCLUSIVE Locks.lock (instance)"), heldAtMarks(model, "lombokNamed"), "the same monitor as synchronized (lock)");
    }

    @Test
    void privateMethodsHoldWhatEveryCallerHolds() throws Exception {
        ProjectModel model = model();
        assertEquals(Set.of("EXCLUSIVE this t.Locks (instance)"), heldAtMarks(model, "helper"));
        assertEquals(Set.of(""), heldAtMarks(model, "mixedHelper"));
        assertTrue(model.synchronization().local(
                model.types().sourceType("t.Locks").orElseThrow().getMethodsByName("helper").get(0).getBody().orElseThrow()).isEmpty());
    }
}
