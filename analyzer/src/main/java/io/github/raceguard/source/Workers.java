package io.github.raceguard.source;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs per-file work on threads with a large stack: JavaParser and its visitors recurse once per
 * nesting level, and a default stack overflows on a few thousand chained operands.
 */
public final class Workers {

    private static final long STACK_BYTES = 512L * 1024 * 1024;

    private Workers() {
    }

    /** Applies {@code task} to every input in parallel, one thread per core; the results keep the input order. */
    public static <I, O> List<O> map(List<I> inputs, Function<I, O> task) {
        return map(inputs, Runtime.getRuntime().availableProcessors(), task);
    }

    /** Applies {@code task} to every input on at most {@code maxThreads} threads; the results keep the input order. */
    public static <I, O> List<O> map(List<I> inputs, int maxThreads, Function<I, O> task) {
        int threads = Math.max(1, Math.min(maxThreads, inputs.size()));
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread thread = new Thread(null, r, "raceguard-worker-" + counter.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, factory);
        try {
            List<Future<O>> futures = new ArrayList<>(inputs.size());
            for (I input : inputs) {
                futures.add(pool.submit(() -> task.apply(input)));
            }
            List<O> results = new ArrayList<>(inputs.size());
            for (Future<O> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Analysis interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Worker failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs {@code task} on one large-stack thread and returns its result. */
    public static <O> O onLargeStack(java.util.function.Supplier<O> task) {
        return map(List.of(0), ignored -> task.get()).get(0);
    }
}
