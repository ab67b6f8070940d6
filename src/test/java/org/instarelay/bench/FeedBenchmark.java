package org.instarelay.bench;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.instarelay.feeds.FeedRig;
import org.instarelay.feeds.StoredFeeds;
import org.instarelay.pictures.KeptPicture;

/**
 * The website feed under load: {@code /feeds/<key>.json} with 30 stored posts, answered from the
 * SQLite store through {@code StoredFeeds}, against the same server answering a kept file of the
 * same size from {@code /pictures/}, both uncached and with {@code If-None-Match} (304).
 *
 * <p>Each window is a fixed time of requests from a few client threads over loopback, all four
 * kinds taking turns in every run so a neighbour on the machine weighs on each alike.
 */
final class FeedBenchmark {
    static final int POSTS = 30;
    static final int RUNS = 3;
    static final int CLIENT_THREADS = 4;
    static final long WARM_UP_MILLIS = 1_000;
    static final long WINDOW_MILLIS = 2_000;

    /** One kind of request: a path, an optional ETag to send, and the status it must get. */
    private record Kind(String path, String ifNoneMatch, int status) {}

    void run(Report report) throws Exception {
        try (TempFolder folder = new TempFolder();
             FeedRig rig = FeedRig.start(folder.path(), 100_000_000, Instant.now())) {
            rig.publish(FeedRig.images(POSTS, Instant.now()));
            String key = rig.feeds.enable(FeedRig.USER_ID, Instant.now()).key().reveal();
            OkHttpClient client = new OkHttpClient.Builder().build();
            try {
                measure(report, rig, client, "/feeds/" + key + ".json");
            } finally {
                client.dispatcher().executorService().shutdown();
                client.connectionPool().evictAll();
            }
        }
    }

    private void measure(Report report, FeedRig rig, OkHttpClient client, String feedPath) throws Exception {
        byte[] feedBody;
        String feedTag;
        try (Response first = client.newCall(new Request.Builder().url(rig.local(feedPath)).build()).execute()) {
            feedBody = first.body().bytes();
            feedTag = first.header("ETag");
        }
        if (feedTag == null || feedBody.length == 0) {
            throw new IllegalStateException("the feed answered without a body or an ETag");
        }
        // The same bytes kept as a picture: a static file of exactly the feed's size, on the same server.
        KeptPicture file = rig.pictures.keep(feedBody, "image/jpeg").orElseThrow();
        String filePath = "/pictures/" + file.name();
        String fileTag = "\"" + file.name().substring(0, file.name().indexOf('.')) + "\"";
        List<Kind> kinds = List.of(new Kind(feedPath, null, 200), new Kind(filePath, null, 200),
                new Kind(feedPath, feedTag, 304), new Kind(filePath, fileTag, 304));
        List<Samples> rates = List.of(new Samples(), new Samples(), new Samples(), new Samples());
        for (Kind kind : kinds) {
            perSecond(client, rig, kind, WARM_UP_MILLIS); // JIT, SQLite page cache, connections
        }
        for (int run = 0; run < RUNS; run++) {
            for (int i = 0; i < kinds.size(); i++) {
                rates.get(i).add(perSecond(client, rig, kinds.get(i), WINDOW_MILLIS));
            }
        }
        String size = Format.number(feedBody.length / 1024.0) + " KiB";
        report.add(runs("`/feeds/<key>.json` (30 items, " + size + "), uncached", rates.get(0)));
        report.add(runs("… the same server answering a static file of the same size (`/pictures/…`)", rates.get(1)));
        Figure uncached = ratio("… static file ÷ feed, uncached", rates.get(1), rates.get(0), 3);
        report.reason(uncached, "every feed request checks its key in SQLite on the bot's single locked connection; "
                + "the file is found in memory and read from disk.");
        report.add(uncached);
        report.add(runs("`/feeds/<key>.json` with `If-None-Match` (304)", rates.get(2)));
        report.add(runs("… the static file with `If-None-Match` (304)", rates.get(3)));
        Figure notModified = ratio("… static file ÷ feed, 304", rates.get(3), rates.get(2), 1.5);
        report.reason(notModified, "the feed's 304 checks its key in SQLite first; the file's ETag is its name, "
                + "compared without any lookup beyond memory.");
        report.add(notModified);
        report.note("Feed: " + POSTS + " stored posts of one account in SQLite. \"Uncached\" means the client sends "
                + "no validator: every request still checks the key in the store, while the view and its rendering "
                + "are reused for " + StoredFeeds.FRESH_FOR.toSeconds() + " s (the rig's clock stands still, so the "
                + "run never re-reads them; the bot re-reads them at most once per " + StoredFeeds.FRESH_FOR.toSeconds()
                + " s per feed address). The static file is the feed's own " + Format.number(feedBody.length)
                + " bytes kept by the picture store. " + CLIENT_THREADS + " OkHttp client threads on loopback, in the "
                + "server's JVM on the same two cores, keep-alive connections; each window is "
                + Format.number(WINDOW_MILLIS / 1000.0) + " s after a " + Format.number(WARM_UP_MILLIS / 1000.0)
                + " s warm-up per kind, the four kinds taking turns in each run.");
    }

    private static Figure runs(String name, Samples rates) {
        return Figure.of(name, "requests/s", Goal.none(), rates);
    }

    /** How many times faster the static file was, run by run; the goal is the "within N×". */
    private static Figure ratio(String name, Samples file, Samples feed, double within) {
        Samples ratios = new Samples();
        for (int i = 0; i < file.size(); i++) {
            ratios.add(file.values().get(i) / feed.values().get(i));
        }
        return Figure.of(name, "×", Goal.medianAtMost(within, "×", "at most " + Format.number(within) + " ×"), ratios);
    }

    /** Requests per second that got {@code kind.status()}, over {@code millis}, from several threads. */
    private static double perSecond(OkHttpClient client, FeedRig rig, Kind kind, long millis) throws Exception {
        Request.Builder builder = new Request.Builder().url(rig.local(kind.path()));
        if (kind.ifNoneMatch() != null) {
            builder.header("If-None-Match", kind.ifNoneMatch());
        }
        Request request = builder.build();
        AtomicLong done = new AtomicLong();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < CLIENT_THREADS; t++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < deadline && failures.isEmpty()) {
                    try (Response response = client.newCall(request).execute()) {
                        response.body().bytes();
                        if (response.code() != kind.status()) {
                            throw new IOException(kind.path().replaceAll("/feeds/[^.]+", "/feeds/<key>") + " answered "
                                    + response.code() + " instead of " + kind.status());
                        }
                        done.incrementAndGet();
                    } catch (IOException | RuntimeException e) {
                        failures.add(e);
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!failures.isEmpty()) {
            throw new IllegalStateException("load loop failed: " + failures.get(0).getMessage(), failures.get(0));
        }
        return done.get() / seconds;
    }
}
