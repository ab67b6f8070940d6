package org.instarelay.pictures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs one caller's tasks (one post's pictures) on a shared pool, at most {@code width} of them at
 * once: a lane runs one task, then queues itself again behind everyone else's, so a slow album
 * holds at most {@code width} of the pool's threads and the next post's tasks get their turn.
 * {@link #cancel} interrupts what runs and drops what has not started.
 */
final class Lanes<T> {
    private final Executor pool;
    private final List<? extends Supplier<T>> tasks;
    private final T fallback;
    private final List<CompletableFuture<T>> results = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    /** The threads running a task of ours now; guarded by itself, so an interrupt never reaches a thread gone elsewhere. */
    private final Set<Thread> running = new HashSet<>();
    private volatile boolean cancelled;

    private Lanes(Executor pool, List<? extends Supplier<T>> tasks, T fallback) {
        this.pool = pool;
        this.tasks = tasks;
        this.fallback = fallback;
        tasks.forEach(task -> results.add(new CompletableFuture<>()));
    }

    /** Starts {@code tasks} on {@code pool}, {@code width} at a time; a task not run (cancelled, pool closed) gives {@code fallback}. */
    static <T> Lanes<T> start(Executor pool, List<? extends Supplier<T>> tasks, int width, T fallback) {
        Lanes<T> lanes = new Lanes<>(pool, tasks, fallback);
        for (int lane = 0; lane < Math.min(width, tasks.size()); lane++) {
            lanes.queue();
        }
        return lanes;
    }

    /** Each task's result, in the given order. */
    List<CompletableFuture<T>> results() {
        return results;
    }

    /** Interrupts the running tasks and gives up the others: their results are the fallback. */
    void cancel() {
        cancelled = true;
        synchronized (running) {
            running.forEach(Thread::interrupt);
        }
        results.forEach(result -> result.complete(fallback));
    }

    private void queue() {
        try {
            pool.execute(this::runNext);
        } catch (RejectedExecutionException closing) {
            cancel();
        }
    }

    private void runNext() {
        int index = next.getAndIncrement();
        if (index >= tasks.size()) {
            return;
        }
        Thread me = Thread.currentThread();
        synchronized (running) {
            running.add(me);
        }
        try {
            if (!cancelled) {
                results.get(index).complete(tasks.get(index).get());
            }
        } catch (RuntimeException e) {
            results.get(index).complete(fallback);
        } finally {
            synchronized (running) {
                running.remove(me);
                Thread.interrupted(); // an interrupt meant for our task ends with it, not with the pool's thread
            }
            results.get(index).complete(fallback);
        }
        if (cancelled) {
            results.forEach(result -> result.complete(fallback));
        } else if (next.get() < tasks.size()) {
            queue();
        }
    }
}
