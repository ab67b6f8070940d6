package org.instarelay.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks into another running JVM: its heap through {@code jcmd}, its resident set through
 * {@code /proc/<pid>/status}.
 *
 * <p>{@code jcmd} rather than JMX: JMX needs the process's management agent, whose RMI threads,
 * reflection and connection state would themselves show up in the heap being measured, while
 * {@code jcmd} talks to the JVM's native attach listener. Works with the JDK's default collectors
 * (G1 on this kind of machine, Serial on a small one).
 */
final class MemoryProbe {
    /** "garbage-first heap   total 57344K, used 10416K [...]", or one line per generation. */
    private static final Pattern USED = Pattern.compile("\\btotal (\\d+)K, used (\\d+)K");

    /** The addresses at the end of those lines: where the heap is reserved. */
    private static final Pattern ADDRESS = Pattern.compile("0x([0-9a-f]+)");
    /** A mapping's first line in /proc/<pid>/smaps: "7f12a000-7f12b000 rw-p ...". */
    private static final Pattern MAPPING = Pattern.compile("^([0-9a-f]+)-([0-9a-f]+) ");

    private final long pid;

    MemoryProbe(long pid) {
        this.pid = pid;
    }

    /**
     * What the heap holds right after a full collection and how much is committed, in KiB, and the
     * address range reserved for it.
     */
    record Heap(long usedKib, long committedKib, Range range) {}

    /** Runs a full collection ({@code GC.run}, i.e. System.gc()) and reads the heap right after. */
    Heap heapAfterGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        long used = 0;
        long committed = 0;
        long start = Long.MAX_VALUE;
        long end = 0;
        for (String line : jcmd("GC.heap_info")) {
            Matcher matcher = USED.matcher(line);
            // Metaspace is reported alongside the heap but is not part of it.
            if (matcher.find() && !line.contains("Metaspace") && !line.contains("class space")) {
                committed += Long.parseLong(matcher.group(1));
                used += Long.parseLong(matcher.group(2));
                Matcher address = ADDRESS.matcher(line);
                while (address.find()) {
                    long value = Long.parseUnsignedLong(address.group(1), 16);
                    start = Math.min(start, value);
                    end = Math.max(end, value);
                }
            }
        }
        if (end == 0) {
            throw new IOException("jcmd GC.heap_info printed nothing this benchmark can read");
        }
        return new Heap(used, committed, new Range(start, end));
    }

    /** The heap limit the JVM chose (or was given), in MiB. */
    long maxHeapMib() throws IOException, InterruptedException {
        for (String line : jcmd("VM.flags")) {
            Matcher matcher = Pattern.compile("-XX:MaxHeapSize=(\\d+)").matcher(line);
            if (matcher.find()) {
                return Long.parseLong(matcher.group(1)) / 1024 / 1024;
            }
        }
        return -1;
    }

    /** Resident set size now ({@code VmRSS}) in KiB. */
    long residentKib() throws IOException {
        return status("VmRSS");
    }

    /**
     * Where the JIT keeps compiled code: from the lowest to the highest bound of the code heaps
     * {@code jcmd Compiler.codecache} lists.
     */
    Range codeCache() throws IOException, InterruptedException {
        long start = Long.MAX_VALUE;
        long end = 0;
        for (String line : jcmd("Compiler.codecache")) {
            if (line.strip().startsWith("bounds")) {
                Matcher address = ADDRESS.matcher(line);
                while (address.find()) {
                    long value = Long.parseUnsignedLong(address.group(1), 16);
                    start = Math.min(start, value);
                    end = Math.max(end, value);
                }
            }
        }
        if (end == 0) {
            throw new IOException("jcmd Compiler.codecache printed no bounds");
        }
        return new Range(start, end);
    }

    /** An address range [start, end). */
    record Range(long start, long end) {
        boolean holds(long from, long to) {
            return from >= start && to <= end;
        }
    }

    /**
     * How much of each address range is resident, in KiB, from {@code /proc/<pid>/smaps}: for the
     * heap's range, the heap pages the process has touched.
     */
    long[] residentKibIn(Range... ranges) throws IOException {
        long[] totals = new long[ranges.length];
        int inside = -1;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps"))) {
            Matcher mapping = MAPPING.matcher(line);
            if (mapping.find()) {
                long from = Long.parseUnsignedLong(mapping.group(1), 16);
                long to = Long.parseUnsignedLong(mapping.group(2), 16);
                inside = -1;
                for (int i = 0; i < ranges.length; i++) {
                    if (ranges[i].holds(from, to)) {
                        inside = i;
                    }
                }
            } else if (inside >= 0 && line.startsWith("Rss:")) {
                totals[inside] += Long.parseLong(line.substring("Rss:".length()).replace("kB", "").strip());
            }
        }
        return totals;
    }

    /** Highest resident set size so far ({@code VmHWM}) in KiB. */
    long peakResidentKib() throws IOException {
        return status("VmHWM");
    }

    private List<String> jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        line.add(Long.toString(pid));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("jcmd " + pid + " " + String.join(" ", command) + " failed: " + output.strip());
        }
        return new ArrayList<>(output.lines().toList());
    }

    private long status(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(field + ":")) {
                // "VmRSS:	  123456 kB"
                return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").strip());
            }
        }
        throw new IOException(field + " not found for process " + pid);
    }
}
