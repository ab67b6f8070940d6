package org.instarelay.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the figures and notes as the benchmarks produce them, prints each one at once (a long
 * run shows progress), and writes BENCHMARKS.md from them at the end, so the file only ever holds
 * numbers this code measured.
 */
final class Report {
    static final String COMMAND = "mvn -B -Pbench verify";

    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<Figure, String> reasons = new HashMap<>();

    void add(Figure figure) {
        figures.add(figure);
        System.out.printf("[bench] %s: %s (spread %s, runs %s; goal %s: %s)%n", figure.name(), figure.median(),
                figure.spread(), figure.runs(), figure.goal().text(), figure.verdict());
    }

    /** Why a figure is what it is, shown in "Goals missed" if it missed its goal. */
    void reason(Figure figure, String reason) {
        reasons.put(figure, reason);
    }

    void note(String note) {
        notes.add(note);
        System.out.println("[bench]   note: " + note);
    }

    /** A benchmark that threw: its rows say "not measured" and the note says why. */
    void failed(String what, List<Figure> rows, Exception e) {
        rows.forEach(this::add);
        note(what + " could not be measured: " + e);
        e.printStackTrace(System.out);
    }

    List<Figure> figures() {
        return List.copyOf(figures);
    }

    void write(Path file, List<String> machine, long elapsedNanos) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("# InstaRelay benchmarks\n\n");
        text.append("Produced by this command, from the repository root (it builds the jar, skips the tests, runs\n")
            .append("`org.instarelay.bench.Benchmark` from the test tree and rewrites this file):\n\n")
            .append("```\n").append(COMMAND).append("\n```\n\n")
            .append("The normal `mvn -B verify` does not run it. These are measurements, not test assertions:\n")
            .append("nothing fails when a goal is missed; the verdict column says so.\n\n");
        text.append("Measured ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
            .append(", the whole benchmark took ").append(Format.seconds(elapsedNanos)).append(", on:\n\n");
        text.append("```\n");
        machine.forEach(line -> text.append(line).append('\n'));
        text.append("```\n\n");
        text.append("""
                What runs: the real collector, store and Instagram client, wired by `Core.create` with
                `Core.Options.standard()` (system clock, standard retry, the production OkHttp client) on a
                SQLite file in a temporary folder. Instagram is `FakeInstagram` (MockWebServer on
                127.0.0.1, in the benchmark's JVM, sharing its two cores), which answers every request,
                media pages and token calls alike, after a fixed 50 ms. Posts go to an in-memory
                `RecordingPublisher`. The console figures start `java -jar target/instarelay.jar console` as
                a process of its own. Nothing of ours is mocked.

                The median is the figure; the spread is the lowest and highest run. "runs" counts the runs
                (or, where it says so, cycles or accounts) the median is taken over.

                """);
        text.append("| figure | goal | median | spread (min–max) | runs | verdict |\n");
        text.append("|---|---|---|---|---|---|\n");
        for (Figure figure : figures) {
            text.append("| ").append(figure.name()).append(" | ").append(figure.goal().text()).append(" | ")
                .append(figure.median()).append(" | ").append(figure.spread()).append(" | ")
                .append(figure.runs()).append(" | ").append(figure.verdict()).append(" |\n");
        }
        List<Figure> missed = figures.stream().filter(figure -> figure.verdict().startsWith("**")
                || figure.verdict().equals("not measured")).toList();
        text.append("\n## Goals missed\n\n");
        if (missed.isEmpty()) {
            text.append("None.\n");
        }
        missed.forEach(figure -> text.append("- ").append(figure.name()).append(": ").append(figure.median())
                .append(" against ").append(figure.goal().text()).append(", ")
                .append(figure.verdict().replace("**", "")).append(". Why: ")
                .append(reasons.getOrDefault(figure, "see the notes.")).append('\n'));
        text.append("\n## Notes\n\n");
        notes.forEach(note -> text.append("- ").append(note).append('\n'));
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        System.out.println("[bench] wrote " + file.toAbsolutePath());
    }
}
