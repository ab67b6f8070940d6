package org.instarelay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.instarelay.fakediscord.FakeDiscordConfig;
import org.instarelay.fakediscord.HeldSends;
import org.instarelay.fakediscord.SlashCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("E2E: a queue changed while its first post is still being sent: nothing skipped goes out, nothing goes out twice")
@Timeout(120)
class QueueChangesE2eTest {
    private static final String OTHER = FakeDiscordConfig.OTHER_CHANNEL_ID;

    @RegisterExtension
    static final E2eExtension BOT = E2eExtension.bot().connectedAndSettled();
    /** Set by {@link #BOT} before each test. */
    private E2eHarness harness;

    @AfterEach
    void letGo() {
        harness.discord.heldSends().release();
    }

    @Test
    @DisplayName("the account moves to another channel while a post is held, and /instagram poll runs: each post appears once in all")
    void channelMovedDuringSlowPost() throws Exception {
        // GIVEN three new posts, and Discord holding the first one's send (taken, still processing)
        HeldSends held = harness.discord.heldSends();
        List<String> ids = threeHeld("moving", 1);

        // WHEN an admin moves the account to another channel, and runs /instagram poll there
        String moved = harness.say(SlashCommand.of("instagram").subcommand("channel").channelOption("channel", OTHER),
                OTHER, FakeDiscordConfig.ADMIN);
        assertTrue(moved.contains("now go to"), moved);
        CompletableFuture<String> poll = CompletableFuture.supplyAsync(() -> harness.say(
                SlashCommand.of("instagram").subcommand("poll"), OTHER, FakeDiscordConfig.ADMIN));
        held.awaitHeld(2, E2eHarness.WAIT);
        // AND Discord then lets every send through
        held.release();
        poll.join();
        assertTrue(harness.bot().core().scheduler().awaitPosting(E2eHarness.WAIT));

        // THEN each post is in one of the two channels, exactly once in all, the first where it was sent
        List<String> everywhere = new ArrayList<>(harness.postedLinks(E2eHarness.CHANNEL));
        everywhere.addAll(harness.postedLinks(OTHER));
        assertEquals(ids.stream().map(E2eHarness::permalink).sorted().toList(), everywhere.stream().sorted().toList(),
                "posted: " + everywhere);
        assertEquals(E2eHarness.permalink(ids.get(0)), harness.postedLinks(E2eHarness.CHANNEL).get(0));
        assertEquals(0, harness.waiting());
    }

    @Test
    @DisplayName("a channel is unsubscribed while its first post is held: the rest never go there; the other channel gets all")
    void unsubscribedDuringSlowQueue() throws Exception {
        // GIVEN the account also posts to a second channel
        String subscribed = harness.say(SlashCommand.of("instagram").subcommand("subscribe").channelOption("channel",
                OTHER), E2eHarness.CHANNEL, FakeDiscordConfig.ADMIN);
        assertTrue(subscribed.contains("now also go to"), subscribed);
        // AND three new posts, Discord holding the first send of each channel
        HeldSends held = harness.discord.heldSends();
        List<String> ids = threeHeld("leaving", 2);

        // WHEN an admin unsubscribes the first channel meanwhile, and Discord lets the sends through
        String removed = harness.say(SlashCommand.of("instagram").subcommand("unsubscribe")
                .channelOption("channel", E2eHarness.CHANNEL), E2eHarness.CHANNEL, FakeDiscordConfig.ADMIN);
        assertTrue(removed.contains("no longer gets"), removed);
        held.release();
        assertTrue(harness.bot().core().scheduler().awaitPosting(E2eHarness.WAIT));

        // THEN the first channel has only the post already on its way; the second has all three, in order
        assertEquals(List.of(E2eHarness.permalink(ids.get(0))), harness.postedLinks(E2eHarness.CHANNEL));
        assertEquals(ids.stream().map(E2eHarness::permalink).toList(), harness.postedLinks(OTHER));
        assertEquals(0, harness.waiting());
    }

    @Test
    @DisplayName("the account is paused while its first post is held: the rest wait, and go out once after resume")
    void pausedDuringSlowQueue() throws Exception {
        // GIVEN three new posts, Discord holding the first send
        HeldSends held = harness.discord.heldSends();
        List<String> ids = threeHeld("pausing", 1);

        // WHEN an admin pauses the account meanwhile, and Discord lets the send through
        assertTrue(E2eHarness.words(harness.run("pause", FakeDiscordConfig.ADMIN)).contains("Paused"));
        held.release();
        assertTrue(harness.bot().core().scheduler().awaitPosting(E2eHarness.WAIT));

        // THEN only the post already on its way is out; the other two wait
        assertEquals(List.of(E2eHarness.permalink(ids.get(0))), harness.postedLinks());
        assertEquals(2, harness.waiting());
        // WHEN the account is resumed and a cycle runs
        assertTrue(E2eHarness.words(harness.run("resume", FakeDiscordConfig.ADMIN)).contains("Resumed"));
        harness.pollNow();
        // THEN the other two follow, once each, in order
        assertEquals(ids.stream().map(E2eHarness::permalink).toList(), harness.postedLinks());
    }

    /** Three new posts read by a scheduled cycle, Discord holding its first {@code sends} channel posts; their ids. */
    private List<String> threeHeld(String captionPrefix, int sends) {
        harness.discord.heldSends().hold();
        List<String> ids = harness.publish(3, captionPrefix);
        harness.bot().core().scheduler().pollSoon();
        harness.discord.heldSends().awaitHeld(sends, E2eHarness.WAIT);
        return ids;
    }
}
