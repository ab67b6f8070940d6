package org.instarelay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.instarelay.fakediscord.Fault;
import org.instarelay.fakediscord.DiscordPermissions;
import org.instarelay.fakediscord.FakeDiscordConfig;
import org.instarelay.fakediscord.FakeRole;
import org.instarelay.fakediscord.RecordedRequest;
import org.instarelay.fakediscord.SlashCommand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Discord failing to take a post. The bot polls every 200 ms here, so "later" and "by itself" are
 * the schedule's doing, not the test's.
 */
@DisplayName("E2E: Discord refusing or failing a post loses nothing and doubles nothing")
@Timeout(60)
class DiscordFaultsE2eTest {
    private static final String MESSAGES = "channels/\\d+/messages";
    private static final Duration QUICK_SCHEDULE = Duration.ofMillis(200);

    @RegisterExtension
    static final E2eExtension BOT = E2eExtension.bot().pollingEvery(QUICK_SCHEDULE).connected();
    /** Set by {@link #BOT} before each test. */
    private E2eHarness harness;

    @Test
    @DisplayName("500 on a post: it goes out on a later cycle, after looking for it in the channel, exactly once")
    void serverError() {
        // GIVEN Discord answers the next post with 500 (JDA does not retry it: maybe sent, maybe not)
        harness.discord.failNext("POST", MESSAGES, 500, Fault.INTERNAL_ERROR, 1);

        // WHEN two posts are published
        List<String> ids = harness.publish(2, "after 500");

        // THEN both end up in the channel, once each, in order
        harness.awaitPosts(2);
        assertEquals(links(ids), harness.postedLinks());
        // AND the first attempt failed, and the bot read the channel before sending that post again
        List<RecordedRequest> posts = harness.channelPosts();
        assertEquals(500, posts.get(0).status());
        assertEquals(2, posts.stream().filter(r -> r.status() == 200).count(), posts.toString());
        RecordedRequest history = harness.discord.awaitRequest(RecordedRequest.to("GET", MESSAGES), E2eHarness.WAIT);
        assertTrue(history.receivedAt().isAfter(posts.get(0).receivedAt())
                && !history.receivedAt().isAfter(posts.get(1).receivedAt()), "looked for it before resending");
        assertNothingDoubledLater(2);
    }

    @Test
    @DisplayName("502 after Discord created the message: JDA sends it again, Discord's nonce check returns the same message, posted once")
    void badGatewayAfterCreating() {
        // GIVEN Discord creates the next message but the answer is a 502 (JDA retries these itself)
        harness.discord.carryOutButFailNext("POST", MESSAGES, 502, Fault.INTERNAL_ERROR, 1);

        // WHEN a post is published
        String id = harness.publish("after 502");

        // THEN JDA sent it twice with the post's nonce, and the channel holds it once
        List<RecordedRequest> posts = harness.discord.awaitRequests(RecordedRequest.to("POST", MESSAGES), 2, E2eHarness.WAIT);
        assertEquals(502, posts.get(0).status());
        assertEquals(200, posts.get(1).status());
        assertEquals(posts.get(0).payload().path("nonce"), posts.get(1).payload().path("nonce"));
        E2eHarness.awaitCondition("the post recorded", () -> harness.recordedMessageId(id) != null);
        assertEquals(List.of(E2eHarness.permalink(id)), harness.postedLinks());
        // AND the bot recorded the message that is there
        assertEquals(harness.posts().get(0).path("id").asText(), harness.recordedMessageId(id));
        assertNothingDoubledLater(1);
    }

    @Test
    @DisplayName("429 on a post: it goes out once the limit passes, exactly once")
    void rateLimited() {
        // GIVEN Discord rate limits the next post (JDA waits the whole second and sends again)
        harness.discord.rateLimitNext("POST", MESSAGES, 0.2, 1);

        // WHEN a post is published
        String id = harness.publish("after 429");

        // THEN it is posted once
        harness.awaitPosts(1);
        assertEquals(List.of(E2eHarness.permalink(id)), harness.postedLinks());
        List<RecordedRequest> posts = harness.channelPosts();
        assertEquals(429, posts.get(0).status());
        assertEquals(200, posts.get(1).status());
        assertNothingDoubledLater(1);
    }

    @Test
    @DisplayName("403 Missing Permissions: nothing lost, status says why, and once allowed the posts go out by themselves")
    void missingPermissions() {
        // GIVEN Discord refuses every post in the channel
        harness.discord.failNext("POST", MESSAGES, 403, Fault.MISSING_PERMISSIONS, 1_000);

        // WHEN two posts are published and cycles try to post them
        List<String> ids = harness.publish(2, "while refused");
        awaitBothRefused();

        // THEN nothing is in the channel, and anyone asking for the status is told why and what waits
        assertEquals(List.of(), harness.postedLinks());
        String status = E2eHarness.words(harness.run("status", FakeDiscordConfig.MEMBER));
        assertTrue(status.contains("Missing Permissions"), status);
        assertTrue(status.contains("2 waiting"), status);

        // WHEN the permission is given again
        harness.discord.clearFaults();

        // THEN both posts go out without anyone asking, once each, in order
        harness.awaitPosts(2);
        assertEquals(links(ids), harness.postedLinks());
        assertNothingDoubledLater(2);
        // AND the problem is gone from the status
        assertNull(harness.postingProblem());
        String after = E2eHarness.words(harness.run("status", FakeDiscordConfig.MEMBER));
        assertFalse(after.contains("Missing Permissions"), after);
    }

    @Test
    @DisplayName("the bot's role loses Attach Files: nothing lost, status names the permission, and once it is back the posts go out by themselves")
    void permissionTakenAway() {
        // GIVEN an admin takes Attach Files away from @everyone (the bot's only role) and Discord tells the bot
        harness.discord.updateRole(everyone(DiscordPermissions.DEFAULT_EVERYONE & ~DiscordPermissions.ATTACH_FILES));
        E2eHarness.awaitCondition("JDA to see the change", () -> !harness.bot().jda().getGuildById(FakeDiscordConfig.GUILD_ID)
                .getSelfMember().hasPermission(net.dv8tion.jda.api.Permission.MESSAGE_ATTACH_FILES));

        // WHEN two posts are published and cycles try to post them
        List<String> ids = harness.publish(2, "without attach");
        awaitBothRefused();

        // THEN nothing was sent at all (JDA refuses locally), and status says which permission is missing
        assertEquals(List.of(), harness.channelPosts());
        String status = E2eHarness.words(harness.run("status", FakeDiscordConfig.MEMBER));
        assertTrue(status.contains("Attach Files"), status);
        assertTrue(status.contains("2 waiting"), status);

        // WHEN the permission is given back
        harness.discord.updateRole(everyone(DiscordPermissions.DEFAULT_EVERYONE));

        // THEN both go out by themselves, once each, in order
        harness.awaitPosts(2);
        assertEquals(links(ids), harness.postedLinks());
        assertNothingDoubledLater(2);
    }

    private static FakeRole everyone(long permissions) {
        return FakeRole.of(FakeDiscordConfig.GUILD_ID, "@everyone", permissions, 0);
    }

    @ParameterizedTest(name = "Discord told the bot: {0}")
    @ValueSource(booleans = {true, false})
    @DisplayName("deleted channel: nothing lost, status says why, and once another channel is chosen the posts go there")
    void deletedChannel(boolean notified) {
        // GIVEN the posts' channel is deleted (with or without the bot hearing of it on the gateway)
        if (notified) {
            harness.discord.deleteChannelAndNotify(E2eHarness.CHANNEL);
        } else {
            harness.discord.deleteChannel(E2eHarness.CHANNEL);
        }

        // WHEN two posts are published and cycles try to post them
        List<String> ids = harness.publish(2, "while deleted");
        awaitBothRefused();

        // THEN nothing went out, and the status says the channel is gone and what to do
        assertEquals(List.of(), harness.postedLinks(FakeDiscordConfig.OTHER_CHANNEL_ID));
        String status = E2eHarness.words(harness.reply(harness.slash(SlashCommand.of("instagram").subcommand("status")
                .in(FakeDiscordConfig.OTHER_CHANNEL_ID).by(FakeDiscordConfig.MEMBER))));
        assertTrue(status.contains("no longer exists"), status);
        assertTrue(status.contains("/instagram channel"), status);
        assertTrue(status.contains("2 waiting"), status);

        // WHEN an admin chooses another channel
        String said = E2eHarness.words(harness.reply(harness.slash(SlashCommand.of("instagram").subcommand("channel")
                .channelOption("channel", FakeDiscordConfig.OTHER_CHANNEL_ID)
                .in(FakeDiscordConfig.OTHER_CHANNEL_ID).by(FakeDiscordConfig.ADMIN))));
        assertTrue(said.contains("now go to"), said);

        // THEN the waiting posts go there by themselves, once each, in order
        harness.awaitPosts(FakeDiscordConfig.OTHER_CHANNEL_ID, 2);
        assertEquals(links(ids), harness.postedLinks(FakeDiscordConfig.OTHER_CHANNEL_ID));
        harness.pollNow();
        assertEquals(2, harness.posts(FakeDiscordConfig.OTHER_CHANNEL_ID).size());
        assertNull(harness.postingProblem());
    }

    /** Both posts collected and the failure to post them recorded (a cycle may have seen only the first). */
    private void awaitBothRefused() {
        E2eHarness.awaitCondition("both posts waiting and the failure recorded",
                () -> harness.waiting() == 2 && harness.postingProblem() != null,
                () -> harness.waiting() + " waiting, problem: " + harness.postingProblem());
    }

    /** One more full cycle after everything went out changes nothing. */
    private void assertNothingDoubledLater(int expected) {
        harness.pollNow();
        assertEquals(expected, harness.posts().size(), "posted: " + harness.postedLinks());
        assertEquals(expected, harness.channelPosts().stream().filter(r -> r.status() == 200).count());
    }

    private static List<String> links(List<String> ids) {
        return ids.stream().map(E2eHarness::permalink).toList();
    }
}
