package org.instarelay.bench;

import org.instarelay.collect.AccountOutcome;
import org.instarelay.collect.CycleReport;
import org.instarelay.testing.FakeInstagram;
import org.instarelay.testing.RecordingPublisher;

/**
 * An idle cycle at the scale of issue #10: 10,000 connected accounts held by 1,000 servers, each
 * account subscribed in one channel of its server, nothing new on Instagram, 50 ms per request.
 * How many media requests each account costs, and how close the cycle comes to the time the
 * network alone needs at the parallelism used.
 *
 * <p>The accounts go straight into SQLite ({@link SeededAccount#saveAll(org.instarelay.store.Database,
 * java.util.List, int, int)}), as a connect in each server leaves them; the first cycle takes the
 * baselines and warms the JIT and is not counted.
 */
final class ManyServersCycleBenchmark {
    static final int ACCOUNTS = 10_000;
    static final int SERVERS = 1_000;
    static final int POSTS_EACH = 1;
    /** The highest value the 1,000-account benchmark tries: a large installation would set at least that. */
    static final int PARALLELISM = 64;
    static final int RUNS = 3;
    static final long DELAY_MILLIS = 50;
    static final double TOLERANCE = 0.10;
    static final String NAME = "idle cycle, 10,000 accounts in 1,000 servers, 50 ms per request";

    private final Samples requestsPerAccount = new Samples();
    private final Samples seconds = new Samples();

    void run(Report report) throws Exception {
        long seeding;
        try (FakeInstagram instagram = new FakeInstagram()) {
            long started = System.nanoTime();
            var accounts = SeededAccount.create(instagram, "many", ACCOUNTS, POSTS_EACH);
            instagram.setDelayMillis(DELAY_MILLIS);
            try (CollectorRig rig = CollectorRig.open(instagram, new RecordingPublisher(), PARALLELISM)) {
                rig.connect(accounts, SERVERS, 1);
                seeding = System.nanoTime() - started;
                IdleCycleBenchmark.check(rig.cycle(), ACCOUNTS, "baseline");
                for (int run = 0; run < RUNS; run++) {
                    int requestsBefore = instagram.mediaRequests();
                    long cycleStarted = System.nanoTime();
                    CycleReport cycle = rig.cycle();
                    seconds.add((System.nanoTime() - cycleStarted) / 1e9);
                    IdleCycleBenchmark.check(cycle, ACCOUNTS, "idle cycle");
                    int served = instagram.mediaRequests() - requestsBefore;
                    if (served != cycle.requests()) {
                        throw new IllegalStateException("the fake served " + served
                                + " media requests but the cycle counted " + cycle.requests());
                    }
                    for (AccountOutcome outcome : cycle.outcomes()) {
                        requestsPerAccount.add(outcome.requests());
                    }
                }
            }
        }
        report.add(new Figure(NAME + ": media requests per account", "requests", Goal.exactly(1), requestsPerAccount,
                Format.number(ACCOUNTS) + " accounts × " + RUNS + " cycles"));
        double floor = floor();
        String formula = "⌈" + Format.number(ACCOUNTS) + " / " + PARALLELISM + "⌉ × 50 ms = " + Format.number(floor) + " s";
        String floorText = "the network floor " + formula;
        Figure cycle = Figure.of(NAME + ": cycle time, poll.parallelism=" + PARALLELISM, "s",
                Goal.within(TOLERANCE, floor, "s", floorText), seconds);
        report.add(cycle);
        double extra = seconds.median() - floor;
        report.reason(cycle, "the bot's own work (SQLite, JSON, HTTP) and the fake, on 2 cores, add "
                + Format.number(extra) + " s (" + Format.percent(extra / floor) + ") to the 50 ms waits.");
        report.note(NAME + ": " + Format.number(ACCOUNTS) + " accounts of " + POSTS_EACH + " post on the fake, each held "
                + "by one of " + Format.number(SERVERS) + " servers and subscribed in one channel of it (" + Format.number(
                ACCOUNTS / SERVERS) + " accounts a server), stored straight into SQLite (with the fake's accounts, "
                + Format.seconds(seeding) + "); poll.parallelism=" + PARALLELISM + ", so the network alone needs "
                + formula + "; the median idle cycle took " + Format.number(extra) + " s more. The baseline cycle is "
                + "not counted.");
    }

    /** Seconds of waiting alone: rounds of {@link #PARALLELISM} requests, 50 ms each. */
    static double floor() {
        return Math.ceil((double) ACCOUNTS / PARALLELISM) * DELAY_MILLIS / 1000;
    }
}
