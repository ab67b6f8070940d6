package org.instarelay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.instarelay.fakediscord.Fault;
import org.instarelay.fakediscord.FakeDiscordConfig;
import org.instarelay.fakediscord.RecordedRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("E2E: a long Discord outage with more than a page of posts waiting")
@Timeout(60)
class DiscordOutageE2eTest {
    private static final int QUEUED = 30;
    private static final int FAILED_CALLS = 8;

    // Polling every 200 ms: the outage spans many cycles and the bot recovers on its own.
    @RegisterExtension
    static final E2eExtension BOT = E2eExtension.bot().pollingEvery(Duration.ofMillis(200)).connected();
    /** Set by {@link #BOT} before each test. */
    private E2eHarness harness;

    @Test
    @DisplayName("every post waits through the outage and then goes out once, in the order published")
    void longOutage() {
        // GIVEN Discord answers 500 to everything in channels (posting, and reading history)
        harness.discord.failNext("*", "channels/\\d+/messages", 500, Fault.INTERNAL_ERROR, 100_000);

        // WHEN more than a page of posts is published and cycles keep failing to post them
        List<String> ids = harness.publish(QUEUED, "outage");
        E2eHarness.awaitCondition("all " + QUEUED + " posts queued", () -> harness.waiting() == QUEUED,
                () -> harness.waiting() + " waiting");
        harness.discord.awaitRequests(r -> r.path().matches("channels/\\d+/messages") && r.status() == 500,
                FAILED_CALLS, E2eHarness.WAIT);

        // THEN nothing went out, and status names the problem
        assertEquals(List.of(), harness.postedLinks());
        String status = E2eHarness.words(harness.run("status", FakeDiscordConfig.MEMBER));
        assertTrue(status.contains("Posting problem") && status.contains("500"), status);
        assertTrue(status.contains(QUEUED + " waiting"), status);

        // WHEN Discord is back
        harness.discord.clearFaults();

        // THEN all go out by themselves, once each, in the order they were published
        harness.awaitPosts(QUEUED);
        harness.pollNow();
        assertEquals(ids.stream().map(E2eHarness::permalink).toList(), harness.postedLinks());
        assertEquals(QUEUED, harness.channelPosts().stream().filter(r -> r.status() == 200).count());
        assertEquals(0, harness.waiting());
        // AND the post that may have gone out during the outage was looked for before being sent
        assertTrue(harness.discord.requests(RecordedRequest.to("GET", "channels/\\d+/messages")).stream()
                .anyMatch(r -> r.status() == 200), "history read once Discord was back");
    }
}
