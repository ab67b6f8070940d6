package org.instarelay.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.instarelay.testing.BotProcess;
import org.instarelay.store.AccountRepository;
import org.instarelay.store.Database;
import org.instarelay.testing.FakeInstagram;

/**
 * One console process with 10 connected accounts and nothing new on Instagram, sampled after each
 * of its idle cycles.
 *
 * <p>The console runs from the shaded jar with no JVM options, polling every second so ten cycles
 * take seconds. The fake counts media requests, which is how this knows a cycle is over without
 * reading the console's log: each cycle asks once per account. The first cycle takes the
 * baselines and is not sampled; a full GC follows it so that every sample is taken one cycle
 * after a GC.
 */
final class IdleConsole {
    static final int ACCOUNTS = 10;
    static final int POSTS_EACH = 3;
    static final int IDLE_CYCLES = 10;
    static final long DELAY_MILLIS = 50;
    /** After a cycle's last request arrives: its answer (50 ms) and the storing. The next cycle starts a second later. */
    static final Duration SETTLE = Duration.ofMillis(200);

    private IdleConsole() {}

    /**
     * What one process measured, one sample per idle cycle, in KiB: heap after GC, resident set
     * (read before the GC), and the resident parts of the heap's and the code cache's address
     * ranges; then the heap's committed size, its limit and the peak resident set at the end, and
     * anything the console printed while idle.
     */
    record Cycles(List<Double> heapKib, List<Double> residentKib, List<Double> heapResidentKib,
                  List<Double> codeResidentKib, long committedHeapKib, long maxHeapMib, long peakResidentKib,
                  List<String> stray) {}

    static Cycles measure(Path jar) throws Exception {
        List<Double> heapKib = new ArrayList<>();
        List<Double> residentKib = new ArrayList<>();
        List<Double> heapResidentKib = new ArrayList<>();
        List<Double> codeResidentKib = new ArrayList<>();
        try (FakeInstagram instagram = new FakeInstagram(); TempFolder folder = new TempFolder()) {
            List<SeededAccount> accounts = SeededAccount.create(instagram, "memory", ACCOUNTS, POSTS_EACH);
            instagram.setDelayMillis(DELAY_MILLIS);
            Path database = folder.resolve("instarelay.db");
            try (Database store = Database.open(database)) {
                SeededAccount.saveAll(store, accounts);
            }
            try (BotProcess console = BotProcess.console(jar, folder.path(), settings(instagram, database))) {
                MemoryProbe probe = new MemoryProbe(console.pid());
                awaitRequests(instagram, console, ACCOUNTS);
                Thread.sleep(SETTLE.toMillis());
                MemoryProbe.Range heapRange = probe.heapAfterGc().range();
                MemoryProbe.Range codeRange = probe.codeCache();
                MemoryProbe.Heap heap = null;
                for (int cycle = 1; cycle <= IDLE_CYCLES; cycle++) {
                    awaitRequests(instagram, console, ACCOUNTS * (cycle + 1));
                    Thread.sleep(SETTLE.toMillis());
                    // Resident set first: the forced GC below may hand memory back to the system.
                    residentKib.add((double) probe.residentKib());
                    long[] parts = probe.residentKibIn(heapRange, codeRange);
                    heapResidentKib.add((double) parts[0]);
                    codeResidentKib.add((double) parts[1]);
                    heap = probe.heapAfterGc();
                    heapKib.add((double) heap.usedKib());
                }
                long maxHeapMib = probe.maxHeapMib();
                long peakKib = probe.peakResidentKib();
                int served = instagram.mediaRequests();
                List<String> stray = quit(console);
                if (served > ACCOUNTS * (IDLE_CYCLES + 2)) {
                    throw new IllegalStateException(served + " media requests in " + (IDLE_CYCLES + 1)
                            + " cycles: more than one per account and cycle");
                }
                return new Cycles(heapKib, residentKib, heapResidentKib, codeResidentKib, heap.committedKib(),
                        maxHeapMib, peakKib, stray);
            }
        }
    }

    /** Ends the console the way a script does (end of input) and returns what it printed while idle. */
    private static List<String> quit(BotProcess console) throws Exception {
        console.closeInput();
        Integer exit = console.awaitExit(Duration.ofSeconds(20));
        if (exit == null || exit != 0) {
            throw new IllegalStateException("the console ended with " + exit + "; errors: " + console.errors());
        }
        List<String> stray = new ArrayList<>();
        for (String line = console.nextLine(Duration.ZERO); line != null; line = console.nextLine(Duration.ZERO)) {
            stray.add("out: " + line);
        }
        // "Warning: ..." lines are the settings check at start-up (poll.interval under a minute), not the idle cycles.
        console.errors().stream().filter(line -> !line.startsWith("Warning: ")).forEach(line -> stray.add("err: " + line));
        return stray;
    }

    /** The console's settings: the fake's addresses, this database, a cycle every second. */
    static Map<String, String> settings(FakeInstagram instagram, Path database) {
        var instagramSettings = instagram.settings();
        return Map.of(
                "instagram.client-id", FakeInstagram.CLIENT_ID,
                "instagram.client-secret", FakeInstagram.CLIENT_SECRET,
                "instagram.redirect-uri", FakeInstagram.REDIRECT_URI,
                "instagram.authorize-url", instagramSettings.authorizeUrl().toString(),
                "instagram.token-url", instagramSettings.tokenUrl().toString(),
                "instagram.graph-url", instagramSettings.graphUrl().toString(),
                "poll.interval", "1s",
                "database.path", database.toString());
    }

    private static void awaitRequests(FakeInstagram instagram, BotProcess console, int count) throws Exception {
        awaitRequests(instagram, console, count, Duration.ofSeconds(30));
    }

    /** Waits until the fake has received {@code count} media requests; a console that died fails fast. */
    static void awaitRequests(FakeInstagram instagram, BotProcess console, int count, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (instagram.mediaRequests() < count) {
            if (console.awaitExit(Duration.ofMillis(5)) != null) {
                throw new IllegalStateException("the console ended early; errors: " + console.errors());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + instagram.mediaRequests() + " of " + count
                        + " media requests came; errors: " + console.errors());
            }
        }
    }
}
