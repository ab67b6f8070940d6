package org.instarelay.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.instarelay.collect.AccountOutcome;
import org.instarelay.collect.CycleReport;
import org.instarelay.testing.FakeInstagram;

/**
 * One account that published a burst while the bot was not looking: how many requests the next
 * cycle makes for N new posts, and how long it takes to catch up on 1,000.
 *
 * <p>Each run is a fresh fake and database with one account of 30 posts, baselined by a first
 * cycle. Then 1,000 new posts arrive and one cycle is timed; after it, bursts of 1, 25, 26 and 100
 * posts show the request count around page boundaries (25 per page).
 */
final class CatchUpBenchmark {
    static final int PAGE_SIZE = 25;
    static final int EXISTING_POSTS = 30;
    static final int BIG_BURST = 1_000;
    static final int[] SMALL_BURSTS = {1, 25, 26, 100};
    static final int RUNS = 5;
    static final long DELAY_MILLIS = 50;

    private final Samples untilQueued = new Samples();
    private final Samples wholeCycle = new Samples();
    private final Map<Integer, Samples> requests = new LinkedHashMap<>();
    private Instant nextPostTime;

    void run(Report report) throws Exception {
        requests.put(BIG_BURST, new Samples());
        for (int burst : SMALL_BURSTS) {
            requests.put(burst, new Samples());
        }
        for (int run = 0; run < RUNS; run++) {
            measureOnce();
        }
        for (Map.Entry<Integer, Samples> entry : new TreeMap<>(requests).entrySet()) {
            int n = entry.getKey();
            int bound = (int) Math.ceil((double) n / PAGE_SIZE) + 1;
            report.add(Figure.of("requests to catch up N new posts on one account, N = " + Format.number(n),
                    "requests", Goal.everyAtMost(bound, "⌈N / 25⌉ + at most 1 = at most " + bound), entry.getValue()));
        }
        report.add(Figure.of("catching up 1,000 new posts on one account: read, store, queue (until the first post "
                + "reaches the publisher)", "s", Goal.below(3, "s"), untilQueued));
        report.add(Figure.of("the same cycle to its end, posting the 1,000 to an in-memory publisher", "s", Goal.none(),
                wholeCycle));
        int pages = (int) Math.ceil((double) BIG_BURST / PAGE_SIZE) + 1;
        report.note("Catching up 1,000 posts reads " + pages + " pages: " + pages + " × 50 ms = "
                + Format.number(pages * DELAY_MILLIS / 1000.0) + " s is network waiting the bot cannot avoid (pages "
                + "follow each other's cursor), leaving about " + Format.number(untilQueued.median() - pages * DELAY_MILLIS / 1000.0)
                + " s for parsing, the known-id checks, storing and queueing. Posting the 1,000 one by one (a SENDING "
                + "and a DELIVERED write each) adds " + Format.number(wholeCycle.median() - untilQueued.median())
                + " s here; with Discord, posting is bound by Discord's rate limits instead.");
        report.note("Request counts: N posts cost ⌈N / 25⌉ pages, plus one more page only when the last new post "
                + "ends a page, because the reader stops at the first page holding a known id (N = 25: the known "
                + "post is on page 2).");
    }

    private void measureOnce() throws Exception {
        try (FakeInstagram instagram = new FakeInstagram()) {
            List<SeededAccount> seeded = SeededAccount.create(instagram, "burst", 1, EXISTING_POSTS);
            String userId = seeded.get(0).userId();
            nextPostTime = Instant.now();
            instagram.setDelayMillis(DELAY_MILLIS);
            TimingPublisher publisher = new TimingPublisher();
            try (CollectorRig rig = CollectorRig.open(instagram, publisher, IdleCycleBenchmark.DEFAULT_PARALLELISM)) {
                rig.connect(seeded);
                expect(rig.cycle(), 0, "baseline");

                publish(instagram, userId, BIG_BURST);
                publisher.reset();
                int before = instagram.mediaRequests();
                long started = System.nanoTime();
                CycleReport cycle = rig.cycle();
                long ended = System.nanoTime();
                expect(cycle, BIG_BURST, "catch-up");
                if (cycle.delivered() != BIG_BURST) {
                    throw new IllegalStateException("posted " + cycle.delivered() + " of " + BIG_BURST);
                }
                untilQueued.add((publisher.firstPublishNanos() - started) / 1e9);
                wholeCycle.add((ended - started) / 1e9);
                requests.get(BIG_BURST).add(instagram.mediaRequests() - before);

                for (int burst : SMALL_BURSTS) {
                    publish(instagram, userId, burst);
                    before = instagram.mediaRequests();
                    expect(rig.cycle(), burst, "burst of " + burst);
                    requests.get(burst).add(instagram.mediaRequests() - before);
                }
            }
        }
    }

    /** New posts, a second apart, each newer than anything published before in this run. */
    private void publish(FakeInstagram instagram, String userId, int count) {
        for (int i = 0; i < count; i++) {
            nextPostTime = nextPostTime.plus(Duration.ofSeconds(1));
            instagram.publish(userId, nextPostTime, "Burst post " + i);
        }
    }

    private static void expect(CycleReport cycle, int newPosts, String what) {
        AccountOutcome outcome = cycle.outcomes().get(0);
        if (outcome.error() != null || cycle.newPosts() != newPosts) {
            throw new IllegalStateException(what + ": " + cycle.newPosts() + " new posts, expected " + newPosts
                    + (outcome.error() == null ? "" : "; " + outcome.error()));
        }
    }
}
