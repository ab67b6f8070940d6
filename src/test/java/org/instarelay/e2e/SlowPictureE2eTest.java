package org.instarelay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.instarelay.fakediscord.FakeDiscordConfig;
import org.instarelay.fakediscord.HeldSends;
import org.instarelay.fakediscord.PostedMessage;
import org.instarelay.fakediscord.SlashCommand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("E2E: one picture served a byte a second holds back nobody else's posts nor /instagram poll")
@Timeout(120)
class SlowPictureE2eTest {
    private static final String CAMPUS = "17841400000000002";
    private static final String OTHER = FakeDiscordConfig.OTHER_CHANNEL_ID;
    /** Longer than any download's deadline, with room for a slow machine. */
    private static final Duration PAST_THE_DEADLINE = Duration.ofSeconds(60);

    @RegisterExtension
    static final E2eExtension BOT = E2eExtension.bot().connectedAndSettled();
    /** Set by {@link #BOT} before each test. */
    private E2eHarness harness;

    @Test
    @DisplayName("while acme's picture drips, campus's post goes out and /instagram poll answers; acme's posts follow in order, the slow one saying its picture is left out")
    void dripHoldsBackNobody() throws Exception {
        // GIVEN a second account, posting to another channel of the server
        harness.instagram.addAccount(CAMPUS, "campus.news");
        assertTrue(E2eHarness.words(harness.connectAs(FakeDiscordConfig.ADMIN, OTHER, CAMPUS)).contains("campus.news"));
        harness.pollNow();
        // AND acme publishes a post whose picture the CDN serves one byte a second
        String slow = harness.publish("The slow one");
        harness.instagram.cdnDrips(slow);
        int downloads = harness.instagram.cdnRequests();

        // WHEN a cycle starts on its own and reaches the dripping picture
        harness.bot().core().scheduler().pollSoon();
        E2eHarness.awaitCondition("the dripping picture to be asked for",
                () -> harness.instagram.cdnRequests() > downloads);
        // AND meanwhile campus publishes, acme publishes again, and an admin runs /instagram poll
        String quick = harness.publishAs(CAMPUS, "The quick one");
        String next = harness.publish("Right after the slow one");
        String answer = harness.say(SlashCommand.of("instagram").subcommand("poll"), E2eHarness.CHANNEL,
                FakeDiscordConfig.ADMIN);

        // THEN the poll answered, campus's post is in its channel, and acme's is not out yet
        assertTrue(answer.contains("Polled: 2 new posts, 1 posted, 2 more on their way."), answer);
        assertEquals(List.of(E2eHarness.permalink(quick)), harness.postedLinks(OTHER));
        assertEquals(List.of(), harness.postedLinks(E2eHarness.CHANNEL), "the dripping post is still on its way");

        // WHEN the dripping picture's deadline passes
        E2eHarness.awaitCondition("acme's two posts", () -> harness.posts().size() >= 2,
                () -> "posted: " + harness.postedLinks(), PAST_THE_DEADLINE);

        // THEN acme's posts went out once each, in order: the one the poll collected followed the slow one
        assertEquals(List.of(E2eHarness.permalink(slow), E2eHarness.permalink(next)),
                harness.postedLinks(E2eHarness.CHANNEL));
        assertTrue(harness.bot().core().scheduler().awaitPosting(E2eHarness.WAIT));
        assertEquals(3, harness.channelPosts().size(), "one request per post: " + harness.channelPosts());
        // AND the slow one without its picture, saying so
        PostedMessage post = new PostedMessage(harness.posts().get(0));
        assertEquals(List.of(), post.galleryItems());
        assertTrue(post.text().contains("Picture unavailable; open the post on Instagram"), post.text());
    }

    @Test
    @DisplayName("a scheduled cycle whose post Discord holds does not wait for it: the next scheduled read runs meanwhile, and the post goes out once")
    void scheduledCycleDoesNotWaitForPosting() throws Exception {
        // GIVEN Discord holds channel posts (taken, still processing), and a new post
        HeldSends held = harness.discord.heldSends();
        held.hold();
        try {
            String first = harness.publish("Held by Discord");
            // WHEN a scheduled cycle reads it and its send is held
            harness.bot().core().scheduler().pollSoon();
            held.awaitHeld(1, E2eHarness.WAIT);
            // AND another post is published and the next scheduled cycle is due
            String second = harness.publish("Published meanwhile");
            int reads = harness.instagram.mediaRequests();
            harness.bot().core().scheduler().pollSoon();

            // THEN the next cycle reads Instagram while the first post is still held
            E2eHarness.awaitCondition("the next scheduled read", () -> harness.instagram.mediaRequests() > reads);
            assertEquals(List.of(), harness.postedLinks(E2eHarness.CHANNEL), "the held post is not stored yet");

            // WHEN Discord lets the sends through
            held.release();
            assertTrue(harness.bot().core().scheduler().awaitPosting(E2eHarness.WAIT));
            // THEN both posts are out once each, in order
            assertEquals(List.of(E2eHarness.permalink(first), E2eHarness.permalink(second)),
                    harness.postedLinks(E2eHarness.CHANNEL));
        } finally {
            held.release();
        }
    }
}
