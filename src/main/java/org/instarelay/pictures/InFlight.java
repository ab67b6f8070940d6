package org.instarelay.pictures;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The picture addresses being downloaded right now, each with what completes when it is done: so
 * an address is claimed by one download only, and whoever needs it meanwhile can wait for it.
 *
 * <p>A claim is {@linkplain Stage#QUEUED queued} until a keeper thread {@linkplain #start starts}
 * it. Whoever needs a queued address does not wait for it (the keeper's threads may be busy with
 * another post's slow album for a long while): they {@linkplain Stage#TAKEN take it over} and
 * fetch it themselves, and the keeper skips it. Only a download that is actually running is
 * waited for, and it ends by its deadline.
 */
final class InFlight {
    /** Where a claim is. */
    enum Stage { QUEUED, STARTED, TAKEN }

    /** One address claimed, its stage, and what completes when it is over (kept or not). */
    static final class Claim {
        final String url;
        /** The post and the picture's place in it, for the row that records it once kept. */
        final String mediaId;
        final int position;
        final CompletableFuture<Void> done = new CompletableFuture<>();
        private final AtomicReference<Stage> stage = new AtomicReference<>(Stage.QUEUED);

        private Claim(String url, String mediaId, int position) {
            this.url = url;
            this.mediaId = mediaId;
            this.position = position;
        }

        Stage stage() {
            return stage.get();
        }
    }

    private final Map<String, Claim> byUrl = new ConcurrentHashMap<>();

    /** A queued claim on {@code url}, picture {@code position} of post {@code mediaId}; null when it is claimed already. */
    Claim claim(String url, String mediaId, int position) {
        Claim claim = new Claim(url, mediaId, position);
        return byUrl.putIfAbsent(url, claim) == null ? claim : null;
    }

    /** A keeper thread begins {@code claim}; false when someone took it over meanwhile (then it is not downloaded). */
    boolean start(Claim claim) {
        return claim.stage.compareAndSet(Stage.QUEUED, Stage.STARTED);
    }

    /**
     * Takes over the queued claim on {@code url}: the caller downloads it itself and must
     * {@link #release} the claim it gets; empty when the address is not queued (not claimed, or
     * already being downloaded).
     */
    Optional<Claim> takeOver(String url) {
        Claim claim = byUrl.get(url);
        return claim != null && claim.stage.compareAndSet(Stage.QUEUED, Stage.TAKEN)
                ? Optional.of(claim) : Optional.empty();
    }

    /** The download of {@code claim} is over (kept or not). */
    void release(Claim claim) {
        byUrl.remove(claim.url, claim);
        claim.done.complete(null);
    }

    /**
     * Waits up to {@code limit} for the running download of {@code url}, if there is one (a queued
     * one is not waited for: see {@link #takeOver}); false when interrupted.
     */
    boolean awaitUrl(String url, Duration limit) {
        Claim pending = byUrl.get(url);
        if (pending == null || pending.stage() == Stage.QUEUED) {
            return true;
        }
        try {
            pending.done.get(limit.toMillis(), TimeUnit.MILLISECONDS);
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
                CompletableFuture.allOf(byUrl.values().stream().map(claim -> claim.done)
                        .toArray(CompletableFuture[]::new)).get(left, TimeUnit.NANOSECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // Loop: the deadline decides.
            }
        }
        return true;
    }

    /** Shutting down: nobody waits for downloads that will not happen. */
    void releaseAll() {
        byUrl.values().forEach(claim -> claim.done.complete(null));
        byUrl.clear();
    }
}
