package org.instarelay.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Memory of the console left idle with 10 accounts: heap after GC and resident set over 10 idle
 * cycles, and whether either grows from cycle to cycle, over {@link #RUNS} processes.
 *
 * <p>Growth is the least-squares slope over a process's ten samples, so one noisy sample can
 * neither make nor hide a trend. Where the resident set changes is split by address range (heap,
 * JIT code cache, the rest), measured in the same processes.
 */
final class ConsoleMemoryBenchmark {
    static final int RUNS = 3;
    /** "No growth" for the heap: 1 KiB a cycle is about 140 KiB a day at the default 10-minute interval. */
    static final double HEAP_TREND_TOLERANCE_KIB = 1;
    /** The resident set moves in pages and malloc arenas: smaller changes are noise. */
    static final double RESIDENT_TREND_TOLERANCE_KIB = 256;

    private final Samples heapMib = new Samples();
    private final Samples residentMib = new Samples();
    private final Samples heapTrendKib = new Samples();
    private final Samples residentTrendKib = new Samples();
    private final Samples heapPagesTrendKib = new Samples();
    private final Samples codePagesTrendKib = new Samples();
    private final Samples otherPagesTrendKib = new Samples();
    private final List<String> series = new ArrayList<>();
    private final List<String> stray = new ArrayList<>();
    private IdleConsole.Cycles last;

    void run(Report report, Path jar) throws Exception {
        for (int run = 1; run <= RUNS; run++) {
            last = IdleConsole.measure(jar);
            record(run, last);
        }
        String runs = RUNS + " processes × " + IdleConsole.IDLE_CYCLES + " cycles";
        report.add(new Figure("heap in use after GC, console mode, 10 accounts, highest of 10 idle cycles", "MiB",
                Goal.everyBelow(64, "MiB"), heapMib, runs));
        report.add(new Figure("resident set (VmRSS), same processes, highest of 10 idle cycles", "MiB",
                Goal.everyBelow(200, "MiB"), residentMib, runs));
        Figure heapGrowth = new Figure("heap after GC, growth per idle cycle (trend over cycles 1–10)", "KiB/cycle",
                Goal.medianAtMost(HEAP_TREND_TOLERANCE_KIB, "KiB/cycle",
                        "no growth (≤ " + Format.number(HEAP_TREND_TOLERANCE_KIB) + " KiB/cycle)"), heapTrendKib, runs);
        Figure residentGrowth = new Figure("resident set, growth per idle cycle (trend over cycles 1–10)", "KiB/cycle",
                Goal.medianAtMost(RESIDENT_TREND_TOLERANCE_KIB, "KiB/cycle",
                        "no growth (≤ " + Format.number(RESIDENT_TREND_TOLERANCE_KIB) + " KiB/cycle)"),
                residentTrendKib, runs);
        report.add(heapGrowth);
        report.add(residentGrowth);
        report.reason(heapGrowth, "JVM warm-up: string literals of library code appear on the heap as the JIT "
                + "compiles the methods holding them; in a 150-cycle run the heap levelled off about 90 KiB up (notes).");
        report.reason(residentGrowth, "the JIT code cache grew " + signed(codePagesTrendKib.median())
                + " KiB/cycle (JVM warm-up) and C-allocator memory " + signed(otherPagesTrendKib.median())
                + " KiB/cycle (not split further), while the heap's pages changed by "
                + signed(heapPagesTrendKib.median()) + " KiB/cycle; an 80-cycle run flattened out (notes).");
        notes(report);
    }

    private void record(int run, IdleConsole.Cycles cycles) {
        heapMib.add(max(cycles.heapKib()) / 1024);
        residentMib.add(max(cycles.residentKib()) / 1024);
        heapTrendKib.add(Trend.slope(cycles.heapKib()));
        residentTrendKib.add(Trend.slope(cycles.residentKib()));
        heapPagesTrendKib.add(Trend.slope(cycles.heapResidentKib()));
        codePagesTrendKib.add(Trend.slope(cycles.codeResidentKib()));
        List<Double> rest = new ArrayList<>();
        for (int i = 0; i < cycles.residentKib().size(); i++) {
            rest.add(cycles.residentKib().get(i) - cycles.heapResidentKib().get(i) - cycles.codeResidentKib().get(i));
        }
        otherPagesTrendKib.add(Trend.slope(rest));
        series.add("run " + run + ": heap " + list(cycles.heapKib(), 1) + "; resident " + list(cycles.residentKib(), 1024));
        stray.addAll(cycles.stray());
    }

    private void notes(Report report) {
        report.note("Memory: `java -jar target/instarelay.jar console` with no JVM options, so the JVM sizes the heap "
                + "for this machine (at the end of the last run: committed " + mib(last.committedHeapKib())
                + " MiB, limit " + Format.number(last.maxHeapMib()) + " MiB; peak resident set "
                + mib(last.peakResidentKib()) + " MiB); poll.interval=1s; " + IdleConsole.ACCOUNTS + " accounts of "
                + IdleConsole.POSTS_EACH + " posts on the fake (50 ms per request). The first cycle (the baselines) is "
                + "not counted, and a full GC follows it. After each idle cycle the resident set is read from "
                + "/proc/<pid>/status, then `jcmd <pid> GC.run` and `jcmd <pid> GC.heap_info` give the heap after a "
                + "full GC. Growth is the least-squares slope over the 10 samples of a process. Heap after GC (KiB) "
                + "and resident set (MiB) by cycle, " + String.join("; ", series) + ".");
        report.note("Where the resident set changes, split by address range with /proc/<pid>/smaps (median of the "
                + "runs' trends): Java heap pages " + signed(heapPagesTrendKib.median()) + " KiB/cycle (of "
                + mib(last.committedHeapKib()) + " MiB committed, " + mib(last.heapResidentKib().get(last.heapResidentKib().size() - 1))
                + " MiB resident), JIT code cache " + signed(codePagesTrendKib.median()) + " KiB/cycle, everything "
                + "else " + signed(otherPagesTrendKib.median()) + " KiB/cycle (memory from the C allocator: the JIT "
                + "compilers' working memory, class metadata, thread stacks, SQLite's page cache; not split further). "
                + "An 80-cycle console run while writing this benchmark (not by it) went from 87 to 109 MiB and grew "
                + "by under 30 KiB/cycle over its last 15 cycles: the JVM settling, not a steady leak, as far as 80 "
                + "cycles show.");
        report.note("Why the heap creeps up: comparing heap dumps of a console at idle cycles 3 and 80 (done while "
                + "writing this benchmark, not by it) showed the new objects to be string literals of library code "
                + "(Jackson, OkHttp and java.time messages), which the JVM materialises when the JIT compiles the "
                + "methods that hold them; a 150-cycle run levelled off about 90 KiB above its start after some 65 "
                + "cycles. Warm-up, not a leak; but over the ten cycles the goal names it is growth, and the verdict "
                + "says so.");
        report.note("The \"no growth\" tolerances are this benchmark's, not the issue's: 1 KiB/cycle of heap (about "
                + "140 KiB a day at the default 10-minute interval) and 256 KiB/cycle of resident set (which moves in "
                + "pages and allocator arenas).");
        if (!stray.isEmpty()) {
            report.note("The idle consoles printed: " + String.join(" | ", stray));
        }
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    private static String mib(double kib) {
        return Format.number(Math.round(kib / 1024));
    }

    private static String signed(double value) {
        return (value > 0 ? "+" : "") + Format.number(Math.round(value * 10) / 10.0);
    }

    /** The samples in KiB, divided down to the unit shown and rounded, space-separated. */
    private static String list(List<Double> kib, double divisor) {
        return kib.stream().map(value -> Format.number(Math.round(value / divisor))).collect(Collectors.joining(" "));
    }
}
