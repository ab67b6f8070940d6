package org.instarelay.pictures;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The picture addresses being downloaded right now, each with what completes when it is done: so
 * an address is claimed by one download only, and whoever needs it meanwhile can wait for it.
 */
final class InFlight {
    private final Map<String, CompletableFuture<Void>> byUrl = new ConcurrentHashMap<>();

    /** A claim on {@code url}; null when it is being downloaded already. */
    CompletableFuture<Void> claim(String url) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        return byUrl.putIfAbsent(url, done) == null ? done : null;
    }

    /** The download of {@code url} is over (kept or not). */
    void release(String url, CompletableFuture<Void> done) {
        byUrl.remove(url, done);
        done.complete(null);
    }

    /** Waits up to {@code limit} for the download of {@code url}, if one is running; false when interrupted. */
    boolean awaitUrl(String url, Duration limit) {
        CompletableFuture<Void> pending = byUrl.get(url);
        if (pending == null) {
            return true;
        }
        try {
            pending.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            // Too slow: the caller goes on without it.
        }
        return true;
    }

    /** Waits until nothing is in flight; false if something still is after {@code limit}. */
    boolean awaitNone(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!byUrl.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                CompletableFuture.allOf(byUrl.values().toArray(CompletableFuture[]::new)).get(left, TimeUnit.NANOSECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // Loop: the deadline decides.
            }
        }
        return true;
    }

    /** Shutting down: nobody waits for downloads that will not happen. */
    void releaseAll() {
        byUrl.values().forEach(done -> done.complete(null));
        byUrl.clear();
    }
}
