package org.instarelay.bench;

import java.util.ArrayList;
import java.util.List;
import org.instarelay.config.PollSettings;
import org.instarelay.collect.AccountOutcome;
import org.instarelay.collect.CycleReport;
import org.instarelay.testing.FakeInstagram;
import org.instarelay.testing.RecordingPublisher;

/**
 * A cycle over 1,000 connected accounts with nothing new: how long it takes at several values of
 * {@code poll.parallelism}, and how many media requests each account costs.
 *
 * <p>Every value gets a fresh fake and a fresh database, so no run inherits another's connections,
 * caches or request log. The first cycle takes the baselines and warms the JIT; it is not counted.
 */
final class IdleCycleBenchmark {
    static final int ACCOUNTS = 1_000;
    static final int POSTS_EACH = 3;
    static final int[] PARALLELISM = {8, 16, 32, 64};
    static final int DEFAULT_PARALLELISM = PollSettings.DEFAULT_PARALLELISM;
    static final int RUNS = 3;
    static final long DELAY_MILLIS = 50;
    static final double GOAL_SECONDS = 5;

    private final Samples requestsPerAccount = new Samples();
    private final List<Figure> cycleFigures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int cyclesCounted;

    void run(Report report) throws Exception {
        for (int parallelism : PARALLELISM) {
            cycleFigures.add(measure(parallelism));
        }
        report.add(new Figure("media requests per account in an idle cycle", "requests", Goal.exactly(1),
                requestsPerAccount, Format.number(ACCOUNTS) + " accounts × " + cyclesCounted + " cycles"));
        cycleFigures.forEach(report::add);
        int smallest = smallestMeetingGoal();
        for (int i = 0; i < PARALLELISM.length; i++) {
            report.reason(cycleFigures.get(i), "at poll.parallelism=" + PARALLELISM[i] + " the 50 ms waits alone take "
                    + Format.number(floor(PARALLELISM[i])) + " s; the bot's own work adds "
                    + Format.number(cycleFigures.get(i).samples().median() - floor(PARALLELISM[i])) + " s."
                    + (smallest < 0 ? "" : " With poll.parallelism=" + PARALLELISM[smallest] + " the cycle takes "
                            + cycleFigures.get(smallest).median() + "."));
        }
        notes.forEach(report::note);
        report.note(advice());
        double worst = 0;
        for (int i = 0; i < PARALLELISM.length; i++) {
            worst = Math.max(worst, cycleFigures.get(i).samples().median() / floor(PARALLELISM[i]) - 1);
        }
        report.note("The fake keeps up with the load: MockWebServer serves each connection on a thread of its own, "
                + "and at every parallelism tried (up to " + PARALLELISM[PARALLELISM.length - 1] + " connections) the "
                + "cycle stayed within " + Math.round(worst * 100) + " % of its 50 ms floor. FakeInstagram turns on "
                + "TCP_NODELAY for this: without it MockWebServer's responses waited for the client's delayed ACK, "
                + "about 44 ms more per request on loopback, which the first version of this benchmark measured as "
                + "bot time.");
    }

    private Figure measure(int parallelism) throws Exception {
        Samples seconds = new Samples();
        try (FakeInstagram instagram = new FakeInstagram()) {
            List<SeededAccount> accounts = SeededAccount.create(instagram, "idle", ACCOUNTS, POSTS_EACH);
            instagram.setDelayMillis(DELAY_MILLIS);
            try (CollectorRig rig = CollectorRig.open(instagram, new RecordingPublisher(), parallelism)) {
                rig.connect(accounts);
                CycleReport baseline = rig.cycle();
                check(baseline, ACCOUNTS, "baseline");
                for (int run = 0; run < RUNS; run++) {
                    int requestsBefore = instagram.mediaRequests();
                    long started = System.nanoTime();
                    CycleReport cycle = rig.cycle();
                    seconds.add((System.nanoTime() - started) / 1e9);
                    int served = instagram.mediaRequests() - requestsBefore;
                    check(cycle, ACCOUNTS, "idle cycle");
                    if (served != cycle.requests()) {
                        throw new IllegalStateException("the fake served " + served + " media requests but the cycle counted "
                                + cycle.requests());
                    }
                    for (AccountOutcome outcome : cycle.outcomes()) {
                        requestsPerAccount.add(outcome.requests());
                    }
                    cyclesCounted++;
                }
            }
        }
        double floor = floor(parallelism);
        Figure figure = Figure.of("cycle time, " + Format.number(ACCOUNTS) + " idle accounts, 50 ms per request, "
                + "poll.parallelism=" + parallelism + (parallelism == DEFAULT_PARALLELISM ? " (default)" : ""), "s",
                Goal.below(GOAL_SECONDS, "s"), seconds);
        notes.add("poll.parallelism=" + parallelism + ": the network alone needs ⌈" + Format.number(ACCOUNTS) + " / "
                + parallelism + "⌉ × 50 ms = " + Format.number(floor) + " s; the median cycle took "
                + Format.number(seconds.median() - floor) + " s more (SQLite, JSON, HTTP and the fake itself, on 2 cores).");
        return figure;
    }

    /** Seconds of waiting alone: rounds of {@code parallelism} requests, 50 ms each. */
    private static double floor(int parallelism) {
        return Math.ceil((double) ACCOUNTS / parallelism) * DELAY_MILLIS / 1000;
    }

    /** A cycle in which accounts failed is not a measurement of the work it should have done. */
    static void check(CycleReport cycle, int accounts, String what) {
        if (cycle.outcomes().size() != accounts) {
            throw new IllegalStateException(what + " read " + cycle.outcomes().size() + " accounts, not " + accounts);
        }
        cycle.outcomes().stream().filter(outcome -> outcome.error() != null).findFirst().ifPresent(outcome -> {
            throw new IllegalStateException(what + ": " + outcome.handle() + " failed: " + outcome.error());
        });
    }

    private String advice() {
        int needed = (int) Math.floor(ACCOUNTS * DELAY_MILLIS / 1000.0 / GOAL_SECONDS) + 1;
        String floor = "1,000 accounts in under 5 s at 50 ms per request needs poll.parallelism ≥ " + needed
                + " even with no overhead; the default " + DEFAULT_PARALLELISM + " has a floor of "
                + Format.number(floor(DEFAULT_PARALLELISM)) + " s. ";
        int smallest = smallestMeetingGoal();
        return floor + (smallest < 0 ? "None of the values tried met it." : "The smallest value tried that meets it is "
                + PARALLELISM[smallest] + " (median " + cycleFigures.get(smallest).median() + "); that is the value to "
                + "set for about a thousand accounts.");
    }

    /** Index of the smallest parallelism whose cycle met the goal, or -1. */
    private int smallestMeetingGoal() {
        for (int i = 0; i < PARALLELISM.length; i++) {
            if (cycleFigures.get(i).met()) {
                return i;
            }
        }
        return -1;
    }
}
