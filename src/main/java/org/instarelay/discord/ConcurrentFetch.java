package org.instarelay.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.instarelay.common.DaemonThreads;

/**
 * Fetches the files of a message at once rather than one after another, on one small pool shared
 * by every channel's posts: an album of ten slow pictures then costs one download deadline, not
 * ten, and the bot never runs more than {@link #THREADS} Discord-bound downloads together.
 *
 * <p>The pool's tasks only fetch (through a {@link PictureSource}); they never wait for this pool
 * themselves, so it cannot starve itself. The keeper's downloads that an upload may wait for run
 * on the keeper's own threads for the same reason.
 */
final class ConcurrentFetch {
    /** Downloads for uploads at once, over all channels: a CDN serves a post's pictures in parallel. */
    static final int THREADS = 8;
    private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS, DaemonThreads.named("picture-fetch"));

    private ConcurrentFetch() {
    }

    /** Each fetch's result, in the given order; a fetch that failed or was interrupted is empty. */
    static List<Optional<Picture>> all(List<Supplier<Optional<Picture>>> fetches) {
        if (fetches.size() == 1) {
            return List.of(safely(fetches.get(0)));
        }
        List<CompletableFuture<Optional<Picture>>> running = new ArrayList<>();
        for (Supplier<Optional<Picture>> fetch : fetches) {
            running.add(CompletableFuture.supplyAsync(() -> safely(fetch), POOL));
        }
        List<Optional<Picture>> results = new ArrayList<>();
        for (CompletableFuture<Optional<Picture>> future : running) {
            try {
                results.add(future.get());
            } catch (InterruptedException e) {
                // Shutting down: what has not arrived is left out, the post is not sent anyway.
                Thread.currentThread().interrupt();
                results.add(Optional.empty());
            } catch (ExecutionException e) {
                results.add(Optional.empty());
            }
        }
        return results;
    }

    private static Optional<Picture> safely(Supplier<Optional<Picture>> fetch) {
        try {
            return fetch.get();
        } catch (RuntimeException e) {
            // A source that broke its promise never to throw leaves its picture out, nothing more.
            return Optional.empty();
        }
    }
}
