package org.instarelay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.instarelay.testing.BotProcess;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One owner per database, shown with the shipped jar as real processes on one file: a second
 * {@code run} is refused naming the first, a {@code console} beside a bot only reads, and what a
 * console alone printed still reaches Discord once when the bot runs.
 */
@DisplayName("Process: one owner per database (two runs, console beside run, console then run)")
@Timeout(180)
class OneOwnerProcessIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    @Test
    @DisplayName("a second run is refused naming the first's pid, host and start, exits non-zero; the first posts each post once")
    void secondRunIsRefused() throws Exception {
        // GIVEN a running bot with the account connected
        try (E2eHarness fakes = E2eHarness.fakesOnly(folder, Duration.ofSeconds(2));
             BotProcess first = runConnected(fakes)) {
            long loginsBefore = identifies(fakes);

            // WHEN a second run starts on the same database
            Integer code;
            List<String> refusal;
            try (BotProcess second = fakes.launch("run", Map.of())) {
                code = second.awaitExit(WAIT);
                refusal = second.errors();
            }

            // THEN it exits non-zero with one sentence naming the first (mode, pid, host, since when)
            assertNotNull(code, "the second run did not end");
            assertNotEquals(0, code, "exit code");
            List<String> said = refusal.stream().filter(line -> !line.startsWith("Warning: ")).toList();
            assertEquals(1, said.size(), "one sentence, no stack trace: " + refusal);
            String sentence = said.get(0);
            Pattern expected = Pattern.compile("Another InstaRelay \\(run, pid " + first.pid() + " on host \\S+, since "
                    + "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\) is using the database .*instarelay\\.db\\. Stop it first, or "
                    + "give this one its own database\\.path\\.");
            assertTrue(expected.matcher(sentence).matches(), sentence);
            // AND it never logged in to Discord, and the lock file still names the first
            assertEquals(loginsBefore, identifies(fakes), "the second run identified on the gateway");
            assertTrue(Files.readString(folder.resolve("instarelay.db.lock")).contains("pid=" + first.pid()));

            // AND the first keeps running: posts published meanwhile reach the channel exactly once each
            List<String> ids = fakes.publish(3, "while refused");
            fakes.awaitPosts(3);
            awaitCycles(fakes, 2);
            assertEquals(ids.stream().map(E2eHarness::permalink).toList(), fakes.postedLinks());
            assertTrue(first.isAlive());
        }
    }

    @Test
    @DisplayName("console beside run: poll, pause, connect refused in one sentence; status and latest read the file; 5 posts arrive once")
    void consoleBesideRun() throws Exception {
        // GIVEN a running bot with the account connected
        try (E2eHarness fakes = E2eHarness.fakesOnly(folder, Duration.ofSeconds(2));
             BotProcess bot = runConnected(fakes)) {

            // WHEN a console starts on the same database
            try (BotProcess console = fakes.launch("console", Map.of())) {
                // THEN it says at once that it only reads, naming the bot
                assertTrue(console.awaitPrinted("Read-only: InstaRelay (run, pid " + bot.pid(), WAIT),
                        "printed: " + console.printed() + "; errors: " + console.errors());

                // AND what would change something is refused with where to do it instead
                for (String command : List.of("poll", "pause", "connect https://127.0.0.1/?code=x#_")) {
                    String word = command.split(" ")[0];
                    console.send(command);
                    assertTrue(console.awaitPrinted("do it from Discord with /instagram " + word + ", or stop the bot first.",
                            WAIT), word + ": " + console.printed());
                }

                // WHEN the account publishes 5 posts, which the bot polls by its schedule
                List<String> ids = fakes.publish(5, "beside the console");
                fakes.awaitPosts(5);
                awaitCycles(fakes, 2);

                // THEN each reached Discord exactly once
                assertEquals(ids.stream().map(E2eHarness::permalink).toList(), fakes.postedLinks());
                // AND the console's status and latest read the same from the shared file
                console.send("status");
                assertTrue(console.awaitPrinted("5 posts stored, 5 posted, 0 waiting", WAIT), console.printed().toString());
                console.send("latest 1");
                assertTrue(console.awaitPrinted("beside the console 5", WAIT), console.printed().toString());
                assertFalse(console.printed().stream().anyMatch(line -> line.startsWith("New post:")),
                        "the console printed posts: " + console.printed());
                // AND the bot ran on, and posted nothing twice
                assertTrue(bot.isAlive());
                assertEquals(5, fakes.postedLinks().size(), fakes.postedLinks().toString());

                // WHEN the bot dies while the console is open, and the console is asked to poll
                bot.kill();
                console.send("poll");

                // THEN the console says the bot has stopped and how to act, rather than to use Discord
                assertTrue(console.awaitPrinted("(pid " + bot.pid() + ") has stopped: quit this console and start it again"
                        + " to poll here.", WAIT), console.printed().toString());
                console.closeInput();
                assertEquals(0, console.awaitExit(WAIT), "console exit; errors: " + console.errors());
            }
        }
    }

    @Test
    @DisplayName("a console alone prints 3 new posts and quits; run then posts those 3 to Discord once")
    void consoleThenRun() throws Exception {
        try (E2eHarness fakes = E2eHarness.fakesOnly(folder, Duration.ofHours(1))) {
            List<String> ids;
            try (BotProcess console = fakes.launch("console", Map.of())) {
                // GIVEN a console alone that connects the account
                console.send("authorize");
                String link = awaitLine(console, "http");
                console.send("connect " + fakes.approve(link));
                assertTrue(console.awaitPrinted("Connected @" + E2eHarness.USERNAME, WAIT), console.printed().toString());

                // WHEN the account publishes 3 posts and the console polls
                ids = fakes.publish(3, "seen in the terminal");
                console.send("poll");
                assertTrue(console.awaitPrinted("Polled:", WAIT), console.printed().toString());

                // THEN it printed each once, and says they wait for the Discord bot
                assertEquals(3, console.printed().stream().filter(line -> line.startsWith("New post:")).count(),
                        console.printed().toString());
                console.send("status");
                assertTrue(console.awaitPrinted("3 waiting for the Discord bot", WAIT), console.printed().toString());
                console.closeInput();
                assertEquals(0, console.awaitExit(WAIT), "console exit; errors: " + console.errors());
            }
            assertTrue(fakes.postedLinks().isEmpty(), "the console posted to Discord");

            // WHEN the bot then runs on the same database
            try (BotProcess bot = fakes.launch("run", Map.of("poll.interval", "2s"))) {
                bot.awaitRunning(WAIT);

                // THEN it posts those 3 to Discord, each once
                fakes.awaitPosts(3);
                awaitCycles(fakes, 2);
                assertEquals(ids.stream().map(E2eHarness::permalink).toList(), fakes.postedLinks());
            }
        }
    }

    /** {@code run} as a process, logged in, with the account connected from chat. */
    private static BotProcess runConnected(E2eHarness fakes) throws Exception {
        BotProcess bot = fakes.launch("run", Map.of());
        try {
            bot.awaitRunning(WAIT);
            String connected = E2eHarness.words(fakes.connect());
            assertTrue(connected.contains("Connected"), connected);
            return bot;
        } catch (Exception | Error e) {
            bot.close();
            throw e;
        }
    }

    /** Gateway IDENTIFY frames so far: one per log-in. */
    private static long identifies(E2eHarness fakes) {
        return fakes.discord.gatewayFramesReceived().stream().filter(frame -> frame.path("op").asInt() == 2).count();
    }

    /** Waits for {@code count} more polls of the account by the schedule, so a double would have happened by then. */
    private static void awaitCycles(E2eHarness fakes, int count) {
        int before = fakes.instagram.mediaRequests();
        E2eHarness.awaitCondition(count + " more cycles", () -> fakes.instagram.mediaRequests() >= before + count,
                () -> "cycles stopped at " + fakes.instagram.mediaRequests());
    }

    /** The next printed line starting with {@code prefix}. */
    private static String awaitLine(BotProcess process, String prefix) throws InterruptedException {
        for (String line = process.nextLine(WAIT); line != null; line = process.nextLine(WAIT)) {
            if (line.strip().startsWith(prefix)) {
                return line.strip();
            }
        }
        throw new AssertionError("no line starting with " + prefix + ": " + process.printed() + "; errors: "
                + process.errors());
    }
}
