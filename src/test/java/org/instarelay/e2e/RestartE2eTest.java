package org.instarelay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.instarelay.fakediscord.Fault;
import org.instarelay.fakediscord.HeldSends;
import org.instarelay.fakediscord.RecordedRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("E2E: restarts never post twice")
@Timeout(60)
class RestartE2eTest {
    private static final String MESSAGES = "channels/\\d+/messages";

    @RegisterExtension
    static final E2eExtension BOT = E2eExtension.bot().connectedAndSettled();
    /** Set by {@link #BOT} before each test. */
    private E2eHarness harness;

    @Test
    @DisplayName("a restart between cycles: what went out before is not posted again, what is new goes out once")
    void restartBetweenCycles() {
        // GIVEN two posts went out
        List<String> before = harness.publish(2, "before");
        harness.pollNow();
        harness.awaitPosts(2);

        // WHEN the bot restarts on the same database, and the account publishes one more post
        harness.restart();
        String after = harness.publish("after");
        harness.pollNow();

        // THEN the channel holds each post once, in order: the restart's own first cycle and the
        // next one posted nothing old again
        assertEquals(List.of(E2eHarness.permalink(before.get(0)), E2eHarness.permalink(before.get(1)),
                E2eHarness.permalink(after)), harness.postedLinks());
        assertEquals(3, harness.channelPosts().size(), "one request per post: " + harness.channelPosts());
        // AND each post's recorded message id is the message in the channel
        List<JsonNode> posts = harness.posts();
        assertEquals(posts.get(0).path("id").asText(), harness.recordedMessageId(before.get(0)));
        assertEquals(posts.get(2).path("id").asText(), harness.recordedMessageId(after));
    }

    @Test
    @DisplayName("killed between Discord taking a post and the bot recording it: after restart it is found in the channel, not posted again")
    void killedBetweenSendAndRecord() {
        // GIVEN Discord will create the next message but its answer is lost (the bot sees a 500):
        // the bot cannot know the post went out, exactly as when it is killed before recording it
        harness.discord.carryOutButFailNext("POST", MESSAGES, 500, Fault.INTERNAL_ERROR, 1);
        List<String> ids = harness.publish(2, "crash");

        // WHEN a cycle sends the first post, and the bot dies with it unrecorded
        harness.pollNow();
        assertEquals(List.of(E2eHarness.permalink(ids.get(0))), harness.postedLinks(), "it is in the channel");
        assertNull(harness.recordedMessageId(ids.get(0)), "but not recorded as delivered");
        String messageId = harness.posts().get(0).path("id").asText();
        int historyReadsBefore = historyReads();
        // The restart comes after Discord's few minutes of nonce checking: only the bot's own
        // "sending" record can keep the post from going out twice.
        harness.discord.forgetNonces();
        harness.restart();

        // THEN after the restart the second post goes out, and the first is not posted again
        harness.awaitPosts(2);
        harness.pollNow();
        assertEquals(List.of(E2eHarness.permalink(ids.get(0)), E2eHarness.permalink(ids.get(1))), harness.postedLinks());
        assertEquals(2, harness.channelPosts().size(), "two requests in all: " + harness.channelPosts());
        // AND it was found by reading the channel, and recorded as the message already there
        assertTrue(historyReads() > historyReadsBefore, "the restarted bot read the channel's history");
        assertEquals(messageId, harness.recordedMessageId(ids.get(0)));
        assertNotNull(harness.recordedMessageId(ids.get(1)));
        assertTrue(harness.logs.text().contains("already posted before a restart"), "said so in the log");
    }

    @Test
    @DisplayName("an answer lost while the bot keeps running: the next cycle finds the post instead of sending it again")
    void answerLostWithoutRestart() {
        // GIVEN the answer to the next post is lost, though Discord created the message
        harness.discord.carryOutButFailNext("POST", MESSAGES, 500, Fault.INTERNAL_ERROR, 1);
        String id = harness.publish("maybe sent");

        // WHEN a cycle sends it, and the next cycle runs
        harness.pollNow();
        assertNull(harness.recordedMessageId(id));
        harness.discord.forgetNonces(); // the next cycle is minutes later: Discord's nonce check is over
        harness.pollNow();

        // THEN it is in the channel once, and recorded as that message
        assertEquals(List.of(E2eHarness.permalink(id)), harness.postedLinks());
        assertEquals(1, harness.channelPosts().size(), harness.channelPosts().toString());
        assertEquals(harness.posts().get(0).path("id").asText(), harness.recordedMessageId(id));
    }

    private int historyReads() {
        return harness.discord.requests(RecordedRequest.to("GET", MESSAGES)).size();
    }

    @Test
    @DisplayName("the bot is stopped while Discord still holds a send, and Discord answers during the stop: the post is recorded delivered before the database closes")
    void sendFinishingAtShutdownIsRecorded() throws Exception {
        // GIVEN Discord holds channel posts, and the send of a new post, from a cycle someone asked
        // for (a thread the stop does not wait for), is held
        HeldSends held = harness.discord.heldSends();
        held.hold();
        try {
            String id = harness.publish("stopping");
            java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    harness.bot().core().scheduler().pollNow();
                } catch (Exception | AssertionError e) {
                    // The bot stops under it: what it says then does not matter.
                }
            });
            held.awaitHeld(1, E2eHarness.WAIT);
            // AND Discord answers once the stopping thread waits (for the send, in this release)
            Thread stopping = Thread.currentThread();
            Thread answer = new Thread(() -> {
                while (stopping.getState() != Thread.State.TIMED_WAITING && stopping.getState() != Thread.State.TERMINATED
                        && !Thread.currentThread().isInterrupted()) {
                    Thread.onSpinWait();
                }
                held.release();
            });
            answer.setDaemon(true);
            String[] recorded = new String[1];

            // WHEN the bot is stopped as SIGTERM would, and its file read before it starts again
            answer.start();
            harness.restartAfter(() -> recorded[0] = harness.recordedMessageId(id));

            // THEN the post was recorded as the message Discord made, not left for a look-up after the restart
            assertEquals(List.of(E2eHarness.permalink(id)), harness.postedLinks());
            assertEquals(harness.posts().get(0).path("id").asText(), recorded[0]);
            harness.pollNow();
            assertEquals(1, harness.posts().size());
        } finally {
            held.release();
        }
    }
}
