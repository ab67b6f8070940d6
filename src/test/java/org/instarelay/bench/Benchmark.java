package org.instarelay.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Runs every benchmark of issues #6 and #10 and writes BENCHMARKS.md. Started by {@code mvn -B -Pbench verify}
 * (see the {@code bench} profile in pom.xml), never by the tests.
 *
 * <p>Arguments: the file to write (default {@code BENCHMARKS.md}) and the shaded jar the console
 * figures start (default {@code target/instarelay.jar}).
 *
 * <p>A benchmark that fails does not stop the others: its rows say "not measured" and the notes say
 * why. The figures are only ever printed and written, never asserted.
 */
public final class Benchmark {
    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "BENCHMARKS.md");
        Path jar = Path.of(args.length > 1 ? args[1] : "target/instarelay.jar");
        quietLogs();
        long started = System.nanoTime();
        String loadBefore = Machine.loadAverage();
        Report report = new Report();

        try {
            new IdleCycleBenchmark().run(report);
        } catch (Exception e) {
            report.failed("The 1,000-account cycle", List.of(
                    Figure.notMeasured("cycle time, 1,000 idle accounts, 50 ms per request", Goal.below(5, "s"))), e);
        }
        try {
            new CatchUpBenchmark().run(report);
        } catch (Exception e) {
            report.failed("Catching up", List.of(
                    Figure.notMeasured("catching up 1,000 new posts on one account", Goal.below(3, "s"))), e);
        }
        try {
            new PicturesCatchUpBenchmark().run(report);
        } catch (Exception e) {
            report.failed("Catching up with pictures kept", List.of(Figure.notMeasured(
                    "catching up 1,000 posts with their pictures kept", Goal.none())), e);
        }
        try {
            new FanOutBenchmark().run(report);
        } catch (Exception e) {
            report.failed("Posting to many channels", List.of(Figure.notMeasured(
                    "posting 1,000 new posts, one in each of 1,000 channels, 100 ms per post", Goal.below(10, "s"))), e);
        }
        try {
            new ManyServersCycleBenchmark().run(report);
        } catch (Exception e) {
            report.failed("The 10,000-account cycle", List.of(
                    Figure.notMeasured(ManyServersCycleBenchmark.NAME + ": media requests per account", Goal.exactly(1)),
                    Figure.notMeasured(ManyServersCycleBenchmark.NAME + ": cycle time", Goal.none())), e);
        }
        try {
            new StoreBenchmark().run(report);
        } catch (Exception e) {
            report.failed("The store", List.of(
                    Figure.notMeasured("storing and de-duplicating 100,000 media rows", Goal.below(10, "s"))), e);
        }
        try {
            new FeedBenchmark().run(report);
        } catch (Exception e) {
            report.failed("The website feed", List.of(Figure.notMeasured(
                    "`/feeds/<key>.json` (30 items) requests per second against a static file of the same size",
                    Goal.none())), e);
        }
        if (Files.isRegularFile(jar)) {
            try {
                new ConsoleStartBenchmark().run(report, jar);
            } catch (Exception e) {
                report.failed("Console start", List.of(
                        Figure.notMeasured("console start to first answer", Goal.below(1.5, "s"))), e);
            }
            try {
                new ConsoleMemoryBenchmark().run(report, jar);
            } catch (Exception e) {
                report.failed("Console memory", List.of(
                        Figure.notMeasured("heap in use after GC, console mode", Goal.everyBelow(64, "MiB"))), e);
            }
            try {
                new ManySubscriptionsMemoryBenchmark().run(report, jar);
            } catch (Exception e) {
                report.failed("Memory with many subscriptions", List.of(Figure.notMeasured(
                        ManySubscriptionsMemoryBenchmark.NAME, Goal.everyBelow(128, "MiB"))), e);
            }
        } else {
            report.add(Figure.notMeasured("console start and memory (10 accounts; "
                    + ManySubscriptionsMemoryBenchmark.NAME + ")", Goal.none()));
            report.note("The console figures need the shaded jar " + jar + "; " + Report.COMMAND + " builds it first.");
        }

        List<String> machine = new ArrayList<>(Machine.describe());
        machine.add("load average (1, 5, 15 min): " + loadBefore + " at the start, " + Machine.loadAverage()
                + " at the end (the benchmark's own work counts in both)");
        report.write(output, machine, System.nanoTime() - started);
        long missed = report.figures().stream().filter(figure -> !figure.verdict().equals("met")
                && !figure.verdict().equals("(context)")).count();
        System.out.println("[bench] done in " + Format.seconds(System.nanoTime() - started) + "; " + missed
                + " figure(s) missed or not measured (a benchmark reports, it does not fail the build)");
        // MockWebServer and OkHttp leave non-daemon threads behind; the figures are written, so stop here.
        System.exit(0);
    }

    /**
     * The test tree's logback configuration logs everything at DEBUG, which would flood the output
     * and slow the very code being timed. Warnings still show. MockWebServer logs every request
     * through java.util.logging at INFO.
     */
    private static void quietLogs() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    }
}
