package org.instarelay.pictures;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.instarelay.common.DaemonThreads;

/**
 * The downloads for Discord uploads, over every channel, with a limit that holds: at most
 * {@link #TOTAL} run at once, a lone one on its caller's thread included (it takes a slot like
 * the others), and one post's files take at most {@link #PER_POST} of them, so a slow album
 * leaves the others room for the next channel's post.
 *
 * <p>One per core, closed with it: a JVM running several cores (tests, the console beside a bot)
 * does not share, nor leak, its threads. A caller interrupted while waiting (shutting down)
 * cancels its downloads, which end at their next read.
 */
public final class DownloadPool implements AutoCloseable {
    /** Downloads at once over all channels: a CDN serves a post's files in parallel. */
    public static final int TOTAL = 12;
    /** Of them, one post's (one message's) files at once. */
    public static final int PER_POST = 4;

    private final ExecutorService threads;
    private final Semaphore slots;
    private final int perPost;

    public DownloadPool(int total, int perPost) {
        // As many threads as slots: a lane waiting for a slot waits for a download that runs, never for this pool.
        this.threads = Executors.newFixedThreadPool(total, DaemonThreads.named("picture-fetch"));
        this.slots = new Semaphore(total, true);
        this.perPost = perPost;
    }

    public DownloadPool() {
        this(TOTAL, PER_POST);
    }

    /** One download on the caller's thread, within the limit; {@code fallback} when interrupted waiting for a slot. */
    public <T> T one(Supplier<T> download, T fallback) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback;
        }
        try {
            return download.get();
        } finally {
            slots.release();
        }
    }

    /**
     * Each download's result, in the given order, {@link #PER_POST} at a time; one that failed,
     * or did not run because the caller was interrupted or the pool closed, gives {@code fallback}.
     */
    public <T> List<T> all(List<? extends Supplier<T>> downloads, T fallback) {
        if (downloads.size() == 1) {
            return List.of(one(downloads.get(0), fallback));
        }
        List<Supplier<T>> slotted = new ArrayList<>();
        downloads.forEach(download -> slotted.add(() -> one(download, fallback)));
        Lanes<T> lanes = Lanes.start(threads, slotted, perPost, fallback);
        List<T> results = new ArrayList<>();
        for (var result : lanes.results()) {
            try {
                results.add(result.get());
            } catch (InterruptedException e) {
                // Shutting down: the downloads stop, what has not arrived is left out.
                Thread.currentThread().interrupt();
                lanes.cancel();
                results.add(fallback);
            } catch (ExecutionException e) {
                results.add(fallback);
            }
        }
        return results;
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
