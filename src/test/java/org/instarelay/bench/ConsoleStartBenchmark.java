package org.instarelay.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.instarelay.testing.BotProcess;
import org.instarelay.testing.FakeInstagram;

/**
 * From starting {@code java -jar target/instarelay.jar console} to its first answer.
 *
 * <p>The prompt is printed only on a terminal, and a benchmark has a pipe, so this measures the
 * next best thing: {@code help} is written to the console's input as soon as the process exists,
 * and the clock stops at the first line of the answer. That covers the JVM start, loading the
 * settings, opening and checking the database, wiring the core, starting the schedule and
 * reading one command: everything the person waits for before the first prompt, plus one trivial
 * command. The database already exists (a normal start), and one unmeasured start warms the
 * operating system's file cache first.
 */
final class ConsoleStartBenchmark {
    static final int RUNS = 5;

    void run(Report report, Path jar) throws Exception {
        Samples seconds = new Samples();
        try (TempFolder folder = new TempFolder()) {
            Map<String, String> settings = Map.of(
                    "instagram.client-id", FakeInstagram.CLIENT_ID,
                    "instagram.client-secret", FakeInstagram.CLIENT_SECRET,
                    "instagram.redirect-uri", FakeInstagram.REDIRECT_URI,
                    "database.path", folder.resolve("instarelay.db").toString());
            for (int run = -1; run < RUNS; run++) {
                double taken = startOnce(jar, folder.path(), settings);
                if (run >= 0) {
                    seconds.add(taken);
                }
            }
        }
        report.add(Figure.of("console start to first answer (separate JVM, piped `help`; see notes)", "s",
                Goal.below(1.5, "s"), seconds));
        report.note("Console start: measured from `ProcessBuilder.start()` of `java -jar target/instarelay.jar "
                + "console` (no JVM options) to the first line of its answer to `help`, written to its input at "
                + "once. A terminal would show the \"InstaRelay console.\" banner and the prompt at the point where the "
                + "piped console starts reading `help`; the answer itself is one println.");
    }

    private static double startOnce(Path jar, Path folder, Map<String, String> settings) throws Exception {
        long started = System.nanoTime();
        try (BotProcess console = BotProcess.console(jar, folder, settings)) {
            console.send("help");
            String first = console.nextLine(Duration.ofSeconds(30));
            long answered = System.nanoTime();
            if (first == null || !first.startsWith("Commands:")) {
                throw new IllegalStateException("the console answered " + first + "; errors: " + console.errors());
            }
            console.closeInput();
            Integer exit = console.awaitExit(Duration.ofSeconds(15));
            if (exit == null || exit != 0) {
                throw new IllegalStateException("the console ended with " + exit + "; errors: " + console.errors());
            }
            return (answered - started) / 1e9;
        }
    }
}
