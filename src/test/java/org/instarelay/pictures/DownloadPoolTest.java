package org.instarelay.pictures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@DisplayName("The uploads' download pool: a limit that holds over every post, a lone download included")
@Timeout(30)
class DownloadPoolTest {
    /** Downloads that run until the test lets one of them end, counting how many run at once. */
    private static final class Gate {
        final Semaphore letOneEnd = new Semaphore(0);
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger started = new AtomicInteger();
        final AtomicInteger interrupted = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final Map<String, AtomicInteger> runningByPost = new ConcurrentHashMap<>();
        final Map<String, Integer> mostByPost = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> endedByPost = new ConcurrentHashMap<>();

        Supplier<String> download(String post) {
            return () -> {
                started.incrementAndGet();
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                int mine = runningByPost.computeIfAbsent(post, any -> new AtomicInteger()).incrementAndGet();
                mostByPost.merge(post, mine, Math::max);
                try {
                    letOneEnd.acquire();
                    return post;
                } catch (InterruptedException e) {
                    interrupted.incrementAndGet();
                    return "none"; // what a cancelled download gives: nothing
                } finally {
                    runningByPost.get(post).decrementAndGet();
                    endedByPost.computeIfAbsent(post, any -> new AtomicInteger()).incrementAndGet();
                    running.decrementAndGet();
                }
            };
        }
    }

    @Test
    @DisplayName("two albums and a lone picture: never more than the total at once, never more than the share per post, all arrive")
    void limitHolds() throws Exception {
        // GIVEN a pool of 3 downloads at once, 2 per post
        Gate gate = new Gate();
        List<CompletableFuture<List<String>>> callers = new ArrayList<>();
        try (DownloadPool pool = new DownloadPool(3, 2)) {
            // WHEN two albums of five and one lone picture are fetched from three channels at once
            for (String post : List.of("album-a", "album-b")) {
                List<Supplier<String>> downloads = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    downloads.add(gate.download(post));
                }
                callers.add(CompletableFuture.supplyAsync(() -> pool.all(downloads, "none")));
            }
            callers.add(CompletableFuture.supplyAsync(() -> List.of(pool.one(gate.download("lone"), "none"))));
            // AND the downloads end one at a time, each once as many as may run are running
            for (int ended = 0; ended < 11; ended++) {
                await(() -> gate.running.get() == mayRun(gate, Map.of("album-a", 5, "album-b", 5, "lone", 1)));
                gate.letOneEnd.release();
            }

            // THEN every download arrived, in its post's order
            assertEquals(List.of("album-a", "album-a", "album-a", "album-a", "album-a"), callers.get(0).get(10, TimeUnit.SECONDS));
            assertEquals(List.of("album-b", "album-b", "album-b", "album-b", "album-b"), callers.get(1).get(10, TimeUnit.SECONDS));
            assertEquals(List.of("lone"), callers.get(2).get(10, TimeUnit.SECONDS));
        }
        // AND never more than 3 ran at once, the lone one counted, nor more than 2 of one album
        assertEquals(3, gate.mostAtOnce.get());
        assertTrue(gate.mostByPost.get("album-a") <= 2 && gate.mostByPost.get("album-b") <= 2, gate.mostByPost.toString());
    }

    @Test
    @DisplayName("a caller interrupted while its post's files download (the bot stopping) cancels them and gets none")
    void interruptCancels() throws Exception {
        // GIVEN a post of three files whose downloads never end by themselves
        Gate gate = new Gate();
        CompletableFuture<List<String>> result = new CompletableFuture<>();
        try (DownloadPool pool = new DownloadPool(4, 2)) {
            List<Supplier<String>> downloads = List.of(gate.download("post"), gate.download("post"), gate.download("post"));
            CountDownLatch asked = new CountDownLatch(1);
            Thread caller = new Thread(() -> {
                asked.countDown();
                result.complete(pool.all(downloads, "none"));
            });
            caller.start();
            asked.await();
            await(() -> gate.running.get() == 2);

            // WHEN the caller is interrupted
            caller.interrupt();

            // THEN it returns without any file, the two running downloads are interrupted, the third never starts
            assertEquals(List.of("none", "none", "none"), result.get(10, TimeUnit.SECONDS));
            await(() -> gate.running.get() == 0);
            assertEquals(2, gate.interrupted.get(), "downloads interrupted");
            assertEquals(2, gate.started.get(), "downloads started");
        }
    }

    /** How many downloads can run now: 3 at most, 2 of an album, 1 of the lone post, none of what has ended. */
    private static int mayRun(Gate gate, Map<String, Integer> sizes) {
        int may = 0;
        for (Map.Entry<String, Integer> post : sizes.entrySet()) {
            AtomicInteger ended = gate.endedByPost.get(post.getKey());
            int left = post.getValue() - (ended == null ? 0 : ended.get());
            may += Math.min(post.getValue() == 1 ? 1 : 2, left);
        }
        return Math.min(3, may);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < until, "condition not met in time");
            Thread.sleep(5);
        }
    }
}
