package org.instarelay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.instarelay.fakediscord.HeldSends;
import org.instarelay.fakediscord.RecordedRequest;
import org.instarelay.testing.BotProcess;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the bot process while the fake Discord still holds its send, and a restart
 * at once: the look-up of the new process runs before Discord stores the message, and only the
 * grace (a second look) and the nonce keep the post from going out twice.
 */
@DisplayName("Process: kill -9 while Discord holds the send, restarted at once")
@Timeout(180)
class ResendProcessIT {
    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final String MESSAGES = "channels/\\d+/messages";

    @TempDir
    Path folder;

    @Test
    @DisplayName("three new posts, the process killed while Discord holds the first: each post is in the channel exactly once")
    void killedWhileHeld() throws Exception {
        try (E2eHarness fakes = E2eHarness.fakesOnly(folder, Duration.ofSeconds(2))) {
            // GIVEN a bot process with a connected account, past its first (baseline) cycle
            try (BotProcess first = fakes.launch("run", Map.of())) {
                first.awaitRunning(WAIT);
                String connected = E2eHarness.words(fakes.connect());
                assertTrue(connected.contains("Connected"), connected);
                E2eHarness.awaitCondition("the baseline after connecting", () -> fakes.instagram.mediaRequests() >= 1,
                        () -> "no media request yet; bot errors: " + first.errors());

                // AND Discord takes the next channel posts without storing them yet
                HeldSends held = fakes.discord.heldSends();
                held.hold();
                List<String> ids = fakes.publish(3, "held");
                held.awaitHeld(1, WAIT);

                // WHEN the process is killed with its send held, and a new one starts at once
                first.kill();
                int readsBefore = historyReads(fakes);
                try (BotProcess second = fakes.launch("run", Map.of())) {
                    second.awaitRunning(WAIT);
                    // AND Discord stores the held post only after the new process first looked for it
                    E2eHarness.awaitCondition("the new process to look for the post",
                            () -> historyReads(fakes) > readsBefore);
                    held.release();

                    // THEN every post arrives, each exactly once, in order, and stays so over more cycles
                    fakes.awaitPosts(3);
                    int requestsBefore = fakes.instagram.mediaRequests();
                    E2eHarness.awaitCondition("two more cycles",
                            () -> fakes.instagram.mediaRequests() >= requestsBefore + 2,
                            () -> "cycles stopped; bot errors: " + second.errors());
                    assertEquals(ids.stream().map(E2eHarness::permalink).toList(), fakes.postedLinks(),
                            "each post once; requests: " + fakes.channelPosts());
                    // AND the new process found the held post by looking again, rather than sending it again
                    assertTrue(second.log().contains("already posted before a restart"), second.log());
                }
            }
        }
    }

    private static int historyReads(E2eHarness fakes) {
        return fakes.discord.requests(RecordedRequest.to("GET", MESSAGES)).size();
    }
}
