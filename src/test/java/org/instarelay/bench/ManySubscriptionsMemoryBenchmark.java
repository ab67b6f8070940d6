package org.instarelay.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.instarelay.testing.BotProcess;
import org.instarelay.store.Database;
import org.instarelay.testing.FakeInstagram;

/**
 * The bot's heap at the scale of issue #10: a console process ({@code java -jar target/instarelay.jar
 * console}, no JVM options) over a database of 10,000 connected accounts in 1,000 servers with two
 * subscriptions each (20,000), after its idle cycles, right after a full GC.
 *
 * <p>The console is the bot's own process: the fake Instagram, the seeding and this benchmark live in
 * another JVM and are not in the figure. The fake answers at once: this row is about memory, and
 * 10,000 requests at 50 ms would only make it slower.
 */
final class ManySubscriptionsMemoryBenchmark {
    static final int ACCOUNTS = 10_000;
    static final int SERVERS = 1_000;
    static final int SUBSCRIPTIONS_EACH = 2;
    static final int POSTS_EACH = 1;
    static final int IDLE_CYCLES = 3;
    static final int PARALLELISM = 64;
    static final String NAME = "heap after GC with 10,000 accounts and 20,000 subscriptions";
    /** After a cycle's last request: its answer, the storing and the delivery pass over 20,000 subscriptions. */
    static final Duration SETTLE = Duration.ofMillis(1_500);
    /** Long enough for the settle and the two jcmd calls to fall between cycles. */
    static final String INTERVAL = "5s";

    private final Samples heapMib = new Samples();

    void run(Report report, Path jar) throws Exception {
        long committedKib;
        long maxHeapMib;
        long residentKib;
        try (FakeInstagram instagram = new FakeInstagram(); TempFolder folder = new TempFolder()) {
            List<SeededAccount> accounts = SeededAccount.create(instagram, "heap", ACCOUNTS, POSTS_EACH);
            Path database = folder.resolve("instarelay.db");
            try (Database store = Database.open(database)) {
                SeededAccount.saveAll(store, accounts, SERVERS, SUBSCRIPTIONS_EACH);
            }
            Map<String, String> settings = new HashMap<>(IdleConsole.settings(instagram, database));
            settings.put("poll.interval", INTERVAL);
            settings.put("poll.parallelism", Integer.toString(PARALLELISM));
            try (BotProcess console = BotProcess.console(jar, folder.path(), settings)) {
                MemoryProbe probe = new MemoryProbe(console.pid());
                MemoryProbe.Heap heap = null;
                // Cycle 0 takes the baselines (10,000 posts stored, none posted); it is not sampled.
                for (int cycle = 0; cycle <= IDLE_CYCLES; cycle++) {
                    IdleConsole.awaitRequests(instagram, console, ACCOUNTS * (cycle + 1), Duration.ofSeconds(90));
                    Thread.sleep(SETTLE.toMillis());
                    heap = probe.heapAfterGc();
                    if (cycle > 0) {
                        heapMib.add(heap.usedKib() / 1024.0);
                    }
                }
                committedKib = heap.committedKib();
                maxHeapMib = probe.maxHeapMib();
                residentKib = probe.residentKib();
                int served = instagram.mediaRequests();
                if (served > ACCOUNTS * (IDLE_CYCLES + 2)) {
                    throw new IllegalStateException(served + " media requests in " + (IDLE_CYCLES + 1)
                            + " cycles: more than one per account and cycle");
                }
            }
        }
        report.add(new Figure(NAME + " (console process: heap in use right after a full GC, once after each of "
                + IDLE_CYCLES + " idle cycles)", "MiB",
                Goal.everyBelow(128, "MiB"), heapMib, "1 process × " + IDLE_CYCLES + " cycles"));
        report.note(NAME + ": what is measured is the heap in use right after a full GC (`jcmd <pid> GC.run`, then "
                + "`GC.heap_info`; used, not committed) of `java -jar target/instarelay.jar console` with no JVM "
                + "options, over a database seeded before it started with " + Format.number(ACCOUNTS) + " connected "
                + "accounts, each held by one of " + Format.number(SERVERS) + " servers and subscribed in "
                + SUBSCRIPTIONS_EACH + " of its channels (" + Format.number(ACCOUNTS * SUBSCRIPTIONS_EACH)
                + " subscriptions), with " + POSTS_EACH + " post each on the fake, which answers at once; "
                + "poll.interval=" + INTERVAL + ", poll.parallelism=" + PARALLELISM + ". Sampled "
                + Format.number(SETTLE.toMillis()) + " ms after the last media request of each of " + IDLE_CYCLES
                + " idle cycles that follow the baseline cycle (which stores the " + Format.number(ACCOUNTS)
                + " posts and is not counted). At the end: committed heap " + Format.number(Math.round(committedKib
                / 1024.0)) + " MiB, limit " + Format.number(maxHeapMib) + " MiB, resident set " + Format.number(
                Math.round(residentKib / 1024.0)) + " MiB. The fake, the seeding and the benchmark run in another JVM "
                + "and are not counted.");
    }
}
