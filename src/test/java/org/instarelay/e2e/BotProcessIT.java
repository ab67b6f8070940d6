package org.instarelay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.instarelay.testing.BotProcess;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped jar as an operator starts it, between the two fakes: what the in-JVM end-to-end
 * tests show, once through a real process, so the real-process tests stand on a known base.
 */
@DisplayName("Process: java -jar instarelay.jar run, between the fakes")
@Timeout(120)
class BotProcessIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    @Test
    @DisplayName("connected from chat, the process posts a new post once, and stops cleanly on SIGTERM")
    void connectsPostsAndStops() throws Exception {
        try (E2eHarness fakes = E2eHarness.fakesOnly(folder, Duration.ofSeconds(2));
             BotProcess bot = fakes.launch("run", Map.of())) {
            // GIVEN the bot process is logged in to the fake Discord
            bot.awaitRunning(WAIT);

            // WHEN an admin connects the account from chat, and the account then publishes a post
            String connected = E2eHarness.words(fakes.connect());
            assertTrue(connected.contains("Connected"), connected);
            E2eHarness.awaitCondition("the baseline after connecting", () -> fakes.instagram.mediaRequests() >= 1,
                    () -> "no media request yet; bot errors: " + bot.errors());
            String id = fakes.publish("from a process");

            // THEN the post arrives in the channel once, by the schedule alone
            fakes.awaitPosts(1);
            int requestsBefore = fakes.instagram.mediaRequests();
            E2eHarness.awaitCondition("two more cycles", () -> fakes.instagram.mediaRequests() >= requestsBefore + 2,
                    () -> "cycles stopped; bot errors: " + bot.errors());
            assertEquals(List.of(E2eHarness.permalink(id)), fakes.postedLinks(), "once, after two more cycles");

            // AND SIGTERM ends it through its shutdown (the JVM reports 128 + 15 for a SIGTERM exit)
            assertEquals(143, bot.terminate(WAIT), "exit code; errors: " + bot.errors());
            assertTrue(bot.log().contains("Stopping"), "the shutdown ran: " + bot.log());
        }
    }
}
