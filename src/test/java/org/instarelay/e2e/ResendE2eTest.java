package org.instarelay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.Permission;
import org.instarelay.collect.ResendGrace;
import org.instarelay.fakediscord.DiscordPermissions;
import org.instarelay.fakediscord.Fault;
import org.instarelay.fakediscord.FakeDiscordConfig;
import org.instarelay.fakediscord.FakeRole;
import org.instarelay.fakediscord.HeldSends;
import org.instarelay.fakediscord.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("E2E: a send whose outcome is unknown is never doubled")
@Timeout(90)
class ResendE2eTest {
    private static final String MESSAGES = "channels/\\d+/messages";

    /** The bot's clock: real time, unless a test puts it ahead. */
    private static final AheadClock CLOCK = new AheadClock();

    @RegisterExtension
    static final E2eExtension BOT = E2eExtension.bot().connectedAndSettled().clock(CLOCK);
    /** Set by {@link #BOT} before each test. */
    private E2eHarness harness;

    @Test
    @DisplayName("a post left sending, then 155 other bot messages in the channel: after a restart it is found, not sent again")
    void foundPastManyMessages() {
        // GIVEN Discord created the post but the bot never heard (a lost answer: the post stays "sending")
        String id = postWithLostAnswer("busy channel");
        String messageId = harness.posts().get(0).path("id").asText();
        // AND the bot then posted 155 other messages there (more than 50, more than a page of 100),
        // and Discord's few minutes of nonce checking are over
        harness.discord.seedBotMessages(E2eHarness.CHANNEL, 155);
        harness.discord.forgetNonces();

        // WHEN the bot restarts and runs a cycle
        harness.restart();
        harness.pollNow();

        // THEN the post is in the channel once, recorded as the message that was already there
        assertEquals(List.of(E2eHarness.permalink(id)), harness.postedLinks());
        assertEquals(1, harness.channelPosts().size(), "no second send: " + harness.channelPosts());
        assertEquals(messageId, harness.recordedMessageId(id));
        // AND it was found by paging forward from the sending time, 100 at a time
        List<RecordedRequest> reads = harness.discord.requests(RecordedRequest.to("GET", MESSAGES));
        assertTrue(reads.stream().anyMatch(r -> r.hasQuery("limit", "100") && r.query().contains("after=")),
                reads.toString());
        assertTrue(reads.size() >= 2, "more than one page was read: " + reads);
    }

    @Test
    @DisplayName("the history cannot be read: the post waits, status says why; with Read Message History back it is found, not sent again")
    void historyUnreadable() {
        // GIVEN a post went out but the bot never heard, and Discord's nonce check is over
        String id = postWithLostAnswer("unreadable");
        String messageId = harness.posts().get(0).path("id").asText();
        harness.discord.forgetNonces();
        // AND Read Message History is taken from the bot
        setEveryone(DiscordPermissions.DEFAULT_EVERYONE & ~DiscordPermissions.READ_MESSAGE_HISTORY, false);

        // WHEN cycles run
        harness.pollNow();
        harness.pollNow();

        // THEN nothing was sent again, and status says the post waits and what to give the bot
        assertEquals(1, harness.channelPosts().size(), harness.channelPosts().toString());
        assertEquals(List.of(E2eHarness.permalink(id)), harness.postedLinks());
        String status = E2eHarness.words(harness.run("status", FakeDiscordConfig.MEMBER));
        assertTrue(status.contains("not sent again"), status);
        assertTrue(status.contains("Read Message History"), status);
        assertTrue(status.contains("1 waiting"), status);

        // WHEN the permission is given back and a cycle runs
        setEveryone(DiscordPermissions.DEFAULT_EVERYONE, true);
        harness.pollNow();

        // THEN the post is found where it was, recorded, and never sent twice
        assertEquals(messageId, harness.recordedMessageId(id));
        assertEquals(1, harness.channelPosts().size(), harness.channelPosts().toString());
        assertNull(harness.postingProblem());
    }

    @Test
    @DisplayName("an album past ten whose first message went out unheard, and whose rest Discord then refuses once: the first message is never sent again")
    void albumRestRefusedStaysSending() {
        // GIVEN an album of twelve (two messages) whose first message Discord created but whose answer was lost
        harness.discord.carryOutButFailNext("POST", MESSAGES, 500, Fault.INTERNAL_ERROR, 1);
        String id = harness.publishAlbum("A17900000000000077", "twelve", 12);
        harness.pollNow();
        assertEquals(1, harness.posts().size(), "part 1 is in the channel: " + harness.channelPosts());
        String first = harness.posts().get(0).path("id").asText();
        harness.discord.forgetNonces();
        // AND the next cycle finds it, but Discord refuses the rest once (a permission taken and given back)
        harness.discord.failNext("POST", MESSAGES, 403, Fault.MISSING_PERMISSIONS, 1);
        harness.pollNow();
        assertNull(harness.recordedMessageId(id), "not delivered while its rest is missing");

        // WHEN the next cycle runs
        harness.pollNow();

        // THEN the album is two messages in all, its first part once, recorded as the one already there
        assertEquals(2, harness.posts().size(), harness.channelPosts().toString());
        assertEquals(first, harness.posts().get(0).path("id").asText());
        assertEquals(first, harness.recordedMessageId(id));
        assertNull(harness.postingProblem());
    }

    @Test
    @DisplayName("a post left sending while its server is unavailable in an outage: it waits, not taken for a deleted channel, and is found once the server is back")
    void serverUnavailableKeepsSending() {
        // GIVEN a post went out but the bot never heard, and Discord's nonce check is over
        String id = postWithLostAnswer("outage");
        String messageId = harness.posts().get(0).path("id").asText();
        harness.discord.forgetNonces();
        // AND the server then goes unavailable (a Discord outage: JDA no longer sees its channels)
        harness.discord.serverOutage(FakeDiscordConfig.GUILD_ID);
        E2eHarness.awaitCondition("the server unavailable to the bot",
                () -> harness.bot().jda().getGuildById(FakeDiscordConfig.GUILD_ID) == null);

        // WHEN a cycle runs during the outage, and another after the server is back
        harness.pollNow();
        String problem = harness.postingProblem();
        harness.discord.serverBack(FakeDiscordConfig.GUILD_ID);
        E2eHarness.awaitCondition("the server back", () -> harness.bot().jda().getGuildById(FakeDiscordConfig.GUILD_ID) != null);
        harness.pollNow();

        // THEN during the outage the post waited, saying so; afterwards it was found, never sent twice
        assertTrue(problem != null && problem.contains("not sent again"), String.valueOf(problem));
        assertEquals(List.of(E2eHarness.permalink(id)), harness.postedLinks());
        assertEquals(messageId, harness.recordedMessageId(id));
        assertNull(harness.postingProblem());
    }

    @Test
    @DisplayName("Discord fails to answer the history (500): the post waits instead of going out again, and is found on the next cycle")
    void historyReadFails() {
        // GIVEN a post went out but the bot never heard, Discord's nonce check is over, and the
        // next read of the channel fails
        String id = postWithLostAnswer("read fails");
        String messageId = harness.posts().get(0).path("id").asText();
        harness.discord.forgetNonces();
        harness.discord.failNext("GET", MESSAGES, 500, Fault.INTERNAL_ERROR, 1);

        // WHEN a cycle runs
        harness.pollNow();

        // THEN nothing was sent again, and the problem says the post waits for the channel to be read
        assertEquals(1, harness.channelPosts().size(), harness.channelPosts().toString());
        String problem = harness.postingProblem();
        assertTrue(problem != null && problem.contains("could not read the history"), String.valueOf(problem));

        // WHEN the next cycle reads the channel THEN the post is found there and recorded, still one request
        harness.pollNow();
        assertEquals(messageId, harness.recordedMessageId(id));
        assertEquals(1, harness.channelPosts().size(), harness.channelPosts().toString());
        assertNull(harness.postingProblem());
    }

    @Test
    @DisplayName("the bot stops while Discord still holds its send and restarts at once: the second look, after the grace, finds it")
    void heldSendFoundAfterGrace() throws Exception {
        // GIVEN Discord holds channel posts (taken, not yet stored), and the next start's grace
        // ends when the test says so
        CountDownLatch graceOver = new CountDownLatch(1);
        harness.resendGrace(new ResendGrace(Duration.ofMinutes(1),
                left -> graceOver.await(left.toMillis(), TimeUnit.MILLISECONDS)));
        HeldSends held = harness.discord.heldSends();
        held.hold();
        String id = harness.publish("held");
        CompletableFuture<?> cycle = CompletableFuture.runAsync(this::pollQuietly);
        held.awaitHeld(1, E2eHarness.WAIT);

        // WHEN the bot is cut off with the send unanswered, and starts again at once
        harness.restartAbruptly();
        cycle.join();
        // AND its first look finds nothing yet; then Discord stores the held post, and the grace ends
        harness.discord.awaitRequest(RecordedRequest.to("GET", MESSAGES), E2eHarness.WAIT);
        held.release();
        harness.awaitPosts(1);
        graceOver.countDown();
        E2eHarness.awaitCondition("the post recorded", () -> harness.recordedMessageId(id) != null);

        // THEN the post is in the channel once, recorded as that message, found by the second look
        assertEquals(List.of(E2eHarness.permalink(id)), harness.postedLinks());
        assertEquals(harness.posts().get(0).path("id").asText(), harness.recordedMessageId(id));
        assertTrue(harness.logs.text().contains("already posted before a restart"), "found, not sent again");
    }

    @Test
    @DisplayName("the bot's clock runs ten minutes ahead, so the look-up misses the post: the resend carries the same nonce, and Discord returns the one message")
    void resendSameNonce() {
        // GIVEN the bot's clock is ten minutes ahead (beyond the look-up's minute of margin), and
        // Discord creates the next post but its answer is lost
        CLOCK.ahead(Duration.ofMinutes(10));
        String id = postWithLostAnswer("skewed");
        String messageId = harness.posts().get(0).path("id").asText();

        // WHEN the next cycle, within Discord's few minutes, looks from its own "sending" time and sends again
        harness.pollNow();

        // THEN both requests carried the post's nonce with enforce_nonce, and Discord returned the
        // one message, which the bot recorded
        List<RecordedRequest> sends = harness.channelPosts();
        assertEquals(2, sends.size(), "sent, and sent again: " + sends);
        String nonce = sends.get(0).payload().path("nonce").asText();
        assertTrue(nonce.startsWith("ig"), nonce);
        for (RecordedRequest send : sends) {
            assertEquals(nonce, send.payload().path("nonce").asText(), send.toString());
            assertTrue(send.payload().path("enforce_nonce").asBoolean(), send.toString());
        }
        assertEquals(List.of(E2eHarness.permalink(id)), harness.postedLinks());
        assertEquals(messageId, harness.recordedMessageId(id));
    }

    @AfterEach
    void clockBack() {
        CLOCK.ahead(Duration.ZERO);
    }

    /** The system clock, or this much ahead of it. */
    private static final class AheadClock extends Clock {
        private volatile Duration ahead = Duration.ZERO;

        void ahead(Duration by) {
            ahead = by;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }
    }

    /** A post Discord created whose answer was lost, sent by a cycle: the bot has it "sending". Its media id. */
    private String postWithLostAnswer(String caption) {
        harness.discord.carryOutButFailNext("POST", MESSAGES, 500, Fault.INTERNAL_ERROR, 1);
        String id = harness.publish(caption);
        harness.pollNow();
        assertNull(harness.recordedMessageId(id), "not recorded: the bot cannot know it went out");
        return id;
    }

    /** A cycle whose bot may be stopped under it: what it says then does not matter. */
    private void pollQuietly() {
        try {
            harness.pollNow();
        } catch (AssertionError | RuntimeException e) {
            // The bot was stopped while the cycle waited on Discord: like a kill, nothing is recorded.
        }
    }

    private void setEveryone(long permissions, boolean history) {
        harness.discord.updateRole(FakeRole.of(FakeDiscordConfig.GUILD_ID, "@everyone", permissions, 0));
        E2eHarness.awaitCondition("JDA to see the change", () -> harness.bot().jda()
                .getGuildById(FakeDiscordConfig.GUILD_ID).getSelfMember()
                .hasPermission(Permission.MESSAGE_HISTORY) == history);
    }
}
