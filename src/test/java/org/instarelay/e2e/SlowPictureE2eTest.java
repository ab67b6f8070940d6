package org.instarelay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.instarelay.fakediscord.FakeDiscordConfig;
import org.instarelay.fakediscord.HeldSends;
import org.instarelay.fakediscord.PostedMessage;
import org.instarelay.fakediscord.SlashCommand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("E2E: one picture, or an album of ten, served a byte a second holds back nobody else's posts nor /instagram poll")
@Timeout(180)
class SlowPictureE2eTest {
    private static final String CAMPUS = "17841400000000002";
    private static final String OTHER = FakeDiscordConfig.OTHER_CHANNEL_ID;
    /** Longer than any download's deadline, with room for a slow machine. */
    private static final Duration PAST_THE_DEADLINE = Duration.ofSeconds(60);
    private static final String ALBUM = "90000000000000010";
    private static final int PICTURES = 10;
    /** Several download deadlines one after another (an album of ten is fetched a few at a time), with room for a slow machine. */
    private static final Duration THE_ALBUM_DRIPS_OUT = Duration.ofSeconds(120);

    @RegisterExtension
    static final E2eExtension BOT = E2eExtension.bot().connectedAndSettled();
    /** Set by {@link #BOT} before each test. */
    private E2eHarness harness;

    @Test
    @DisplayName("while acme's picture drips, campus's post goes out and /instagram poll answers; acme's posts follow in order, the slow one saying its picture is left out")
    void dripHoldsBackNobody() throws Exception {
        // GIVEN a second account, posting to another channel of the server
        harness.connectSecondAccount(CAMPUS, "campus.news", OTHER);
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

    @Test
    @DisplayName("campus's post goes out, its picture downloaded once, before any of acme's ten dripping pictures reached its deadline; the album follows once, saying its pictures are left out")
    void albumHoldsBackNobody() throws Exception {
        // GIVEN a second account, posting to another channel of the server
        harness.connectSecondAccount(CAMPUS, "campus.news", OTHER);
        // AND acme publishes an album of ten whose every picture the CDN serves one byte a second
        String album = harness.publishAlbum(ALBUM, "Ten slow ones", PICTURES);
        List<String> pictures = IntStream.rangeClosed(1, PICTURES).mapToObj(n -> album + "-" + n).toList();
        pictures.forEach(harness.instagram::cdnDrips);
        int downloads = harness.instagram.cdnRequests();

        // WHEN a cycle collects the album and its pictures start to drip
        harness.bot().core().scheduler().pollSoon();
        E2eHarness.awaitCondition("the album's pictures to be asked for",
                () -> harness.instagram.cdnRequests() >= downloads + 3);
        // AND meanwhile campus publishes and the next cycle collects it (not waiting for the album's posting)
        String quick = harness.publishAs(CAMPUS, "The quick one");
        harness.bot().core().scheduler().pollNow();
        E2eHarness.awaitCondition("campus's post", () -> !harness.postedLinks(OTHER).isEmpty(),
                () -> "posted: " + harness.postedLinks(OTHER));

        // THEN campus's post is out while every picture of the album still drips: none given up yet
        List<String> givenUp = pictures.stream()
                .filter(name -> harness.bot().core().keptPictures().givenUp(cdn(name))).toList();
        assertEquals(List.of(), givenUp, "album pictures past their deadline before campus's post went out");
        assertEquals(List.of(E2eHarness.permalink(quick)), harness.postedLinks(OTHER));
        assertEquals(List.of(), harness.postedLinks(E2eHarness.CHANNEL), "the album is still on its way");
        // AND with its picture, downloaded once (kept or uploaded, never both)
        PostedMessage campusPost = new PostedMessage(harness.posts(OTHER).get(0));
        assertEquals(1, campusPost.galleryItems().size(), campusPost.text());
        assertEquals(1, harness.instagram.cdnRequests(quick), "downloads of campus's picture");

        // WHEN the album's pictures have all run into their deadlines
        E2eHarness.awaitCondition("the album", () -> !harness.postedLinks(E2eHarness.CHANNEL).isEmpty(),
                () -> "posted: " + harness.postedLinks(E2eHarness.CHANNEL), THE_ALBUM_DRIPS_OUT);

        // THEN it went out once, without its pictures and saying so, and each picture was asked for once
        assertTrue(harness.bot().core().scheduler().awaitPosting(E2eHarness.WAIT));
        assertEquals(List.of(E2eHarness.permalink(album)), harness.postedLinks(E2eHarness.CHANNEL));
        PostedMessage albumPost = new PostedMessage(harness.posts(E2eHarness.CHANNEL).get(0));
        assertEquals(List.of(), albumPost.galleryItems());
        assertTrue(albumPost.text().contains(PICTURES + " of " + PICTURES + " pictures unavailable"), albumPost.text());
        assertEquals(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1),
                pictures.stream().map(harness.instagram::cdnRequests).toList(), "downloads of each album picture");
        assertEquals(List.of(E2eHarness.permalink(quick)), harness.postedLinks(OTHER));
    }

    private String cdn(String name) {
        return harness.instagram.baseUrl() + "cdn/" + name + ".jpg";
    }
}
