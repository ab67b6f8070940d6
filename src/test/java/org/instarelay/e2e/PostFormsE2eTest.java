package org.instarelay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.instarelay.fakediscord.Fault;
import org.instarelay.fakediscord.PostedMessage;
import org.instarelay.fakediscord.PostedMessage.GalleryItem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("E2E: albums, videos, long captions and missing pictures arrive as Components V2 posts")
@Timeout(60)
class PostFormsE2eTest {
    private static final String MESSAGES = "channels/\\d+/messages";

    @RegisterExtension
    static final E2eExtension BOT = E2eExtension.bot().connectedAndSettled();
    /** Set by {@link #BOT} before each test. */
    private E2eHarness harness;

    @Test
    @DisplayName("albums of 2 and of 10: one message each, every picture in one gallery in Instagram's order")
    void albumsUpToTen() {
        // WHEN the account publishes an album of 2 and one of 10, and a cycle runs
        String two = harness.publishAlbum("17900000000000702", "Two", 2);
        String ten = harness.publishAlbum("17900000000000710", "Ten", 10);
        harness.pollNow();

        // THEN each is one message showing its pictures in order
        List<PostedMessage> posts = harness.awaitPosts(E2eHarness.CHANNEL, 2).stream().map(PostedMessage::new).toList();
        assertEquals(List.of(E2eHarness.permalink(two), E2eHarness.permalink(ten)), harness.postedLinks());
        assertEquals(names(two, 1, 2), shownPictures(harness, posts.get(0)));
        assertEquals(names(ten, 1, 10), shownPictures(harness, posts.get(1)));
        assertEquals("Ten", posts.get(1).textDisplays().get(1));
    }

    @Test
    @DisplayName("an album of 20: 1–10 with the caption, then 11–20 marked as the continuation, both with the link, both recorded")
    void albumOfTwenty() {
        // WHEN the account publishes an album of twenty and a cycle runs
        String id = harness.publishAlbum("17900000000000720", "Commencement", 20);
        harness.pollNow();

        // THEN two messages carry it, in order
        List<PostedMessage> posts = harness.awaitPosts(E2eHarness.CHANNEL, 2).stream().map(PostedMessage::new).toList();
        assertEquals(2, harness.posts().size());
        assertEquals(names(id, 1, 10), shownPictures(harness, posts.get(0)));
        assertTrue(posts.get(0).textDisplays().get(0).endsWith(" · 1–10 of 20"), posts.get(0).textDisplays().get(0));
        assertEquals("Commencement", posts.get(0).textDisplays().get(1));
        assertEquals(names(id, 11, 20), shownPictures(harness, posts.get(1)));
        assertTrue(posts.get(1).text().contains("Continued: 11–20 of 20"), posts.get(1).text());
        assertFalse(posts.get(1).text().contains("Commencement"), "the caption is shown once");
        posts.forEach(post -> PostingE2eTest.assertLinkButton(post, E2eHarness.permalink(id)));
        // AND both messages are recorded for the post
        assertEquals(posts.get(0).id(), harness.recordedMessageId(id));
        assertEquals(List.of(posts.get(1).id()), harness.recordedMoreMessageIds(id));
    }

    @Test
    @DisplayName("an album of 20 survives a restart between its two messages: part 1 once, part 2 once")
    void albumOfTwentyAcrossRestart() {
        // GIVEN Discord creates part 1 but its answer is lost, as when the bot dies right after it
        harness.discord.carryOutButFailNext("POST", MESSAGES, 500, Fault.INTERNAL_ERROR, 1);
        String id = harness.publishAlbum("17900000000000721", "Across a restart", 20);
        harness.pollNow();
        assertEquals(1, harness.posts().size(), "only part 1 is in the channel");

        // WHEN the bot restarts after Discord forgot the nonces
        harness.discord.forgetNonces();
        harness.restart();

        // THEN part 2 follows and part 1 is not sent again
        harness.awaitPosts(E2eHarness.CHANNEL, 2);
        harness.pollNow();
        assertBothPartsOnceAndRecorded(id);
        assertEquals(2, harness.channelPosts().size(), "one request per part: " + harness.channelPosts());
    }

    @Test
    @DisplayName("an album of 20 whose second message is refused (403): part 2 follows later, part 1 is never sent again")
    void albumOfTwentySecondPartRefused() {
        // GIVEN Discord takes part 1 and refuses part 2 (a 4xx: certainly not created)
        harness.discord.failAfter(1, "POST", MESSAGES, 403, Fault.MISSING_PERMISSIONS, 1);
        String id = harness.publishAlbum("17900000000000722", "Half refused", 20);

        // WHEN a cycle runs, and then the next
        harness.pollNow();
        assertEquals(1, harness.posts().size(), "part 1 is out, part 2 not");
        harness.discord.forgetNonces(); // the next cycle is minutes later: Discord's nonce check is over
        harness.pollNow();

        // THEN the channel holds each part once: the second cycle sent only part 2
        harness.awaitPosts(E2eHarness.CHANNEL, 2);
        assertBothPartsOnceAndRecorded(id);
        assertEquals(3, harness.channelPosts().size(), "part 1, part 2 refused, part 2: " + harness.channelPosts());
    }

    /** The channel holds the album of 20 as exactly two messages, 1–10 and 11–20, both recorded. */
    private void assertBothPartsOnceAndRecorded(String id) {
        List<PostedMessage> posts = harness.posts().stream().map(PostedMessage::new).toList();
        assertEquals(2, posts.size(), posts.toString());
        assertEquals(names(id, 1, 10), shownPictures(harness, posts.get(0)));
        assertEquals(names(id, 11, 20), shownPictures(harness, posts.get(1)));
        assertEquals(posts.get(0).id(), harness.recordedMessageId(id));
        assertEquals(List.of(posts.get(1).id()), harness.recordedMoreMessageIds(id));
    }

    @Test
    @DisplayName("a video that fits the upload limit is uploaded to play inline; one that does not is its thumbnail, marked ▶ Video")
    void videos() {
        // GIVEN a small video and one over the server's 10 MiB limit
        String small = harness.publishVideo("17900000000000801", "Small", 50_000);
        String large = harness.publishVideo("17900000000000802", "Large", 11 << 20);

        // WHEN a cycle runs
        harness.pollNow();

        // THEN the small one is the video file itself
        List<PostedMessage> posts = harness.awaitPosts(E2eHarness.CHANNEL, 2).stream().map(PostedMessage::new).toList();
        GalleryItem video = posts.get(0).galleryItems().get(0);
        assertEquals("video/mp4", video.contentType());
        assertEquals(50_000, video.size());
        assertTrue(video.filename().endsWith(".mp4"), video.filename());
        // AND the large one its thumbnail, marked as a video, with a line saying why
        assertEquals(List.of(large + "-thumb"), shownPictures(harness, posts.get(1)));
        assertEquals("▶ Video", posts.get(1).galleryItems().get(0).description());
        assertTrue(posts.get(1).text().contains("▶ Video: too large to upload here"), posts.get(1).text());
        PostingE2eTest.assertLinkButton(posts.get(1), E2eHarness.permalink(large));
        assertEquals(List.of(E2eHarness.permalink(small), E2eHarness.permalink(large)), harness.postedLinks());
    }

    @Test
    @DisplayName("a 2,200-character caption with markdown and @everyone pings nobody and is trimmed to fit; a missing picture is said")
    void longCaptionAndMissingPicture() {
        // GIVEN a caption at Instagram's limit, and a post whose picture the CDN no longer has
        String caption = ("@everyone " + "*_~`|".repeat(12)).repeat(40).substring(0, 2200);
        harness.publish(caption);
        harness.publishWithoutPicture("Gone picture");

        // WHEN a cycle runs
        harness.pollNow();

        // THEN the long one arrived, trimmed with an ellipsis within Discord's 4,000, pinging nobody
        List<PostedMessage> posts = harness.awaitPosts(E2eHarness.CHANNEL, 2).stream().map(PostedMessage::new).toList();
        String shown = posts.get(0).textDisplays().get(1);
        assertTrue(shown.endsWith("…"));
        assertTrue(shown.startsWith("@\u200Beveryone \\*\\_"), shown.substring(0, 20));
        assertTrue(posts.get(0).textDisplays().stream().mapToInt(String::length).sum() <= 4000);
        assertFalse(posts.get(0).pingsEveryone());
        // AND the other has no picture and says so
        assertEquals(List.of(), posts.get(1).galleryItems());
        assertTrue(posts.get(1).text().contains("Picture unavailable; open the post on Instagram"), posts.get(1).text());
    }

    @Test
    @DisplayName("refused for size (413), then form (400 50035): sent again with the thumbnail, then without pictures, saying so; never dropped")
    void refusals() {
        // GIVEN Discord refuses the next message as too large, and the one after as an invalid form
        harness.discord.failNext("POST", MESSAGES, 413, "{\"message\": \"Request entity too large\", \"code\": 40005}", 1);
        harness.discord.failNext("POST", MESSAGES, 400, "{\"message\": \"Invalid Form Body\", \"code\": 50035}", 1);
        String video = harness.publishVideo("17900000000000803", "Refused twice", 50_000);

        // WHEN a cycle runs
        harness.pollNow();

        // THEN the post is in the channel once, without its pictures, saying why
        PostedMessage post = new PostedMessage(harness.awaitPosts(1).get(0));
        assertEquals(List.of(E2eHarness.permalink(video)), harness.postedLinks());
        assertEquals(List.of(), post.galleryItems());
        assertEquals("Refused twice", post.textDisplays().get(1));
        assertTrue(post.text().contains("Pictures left out: Discord refused the message with them"), post.text());
        PostingE2eTest.assertLinkButton(post, E2eHarness.permalink(video));
        // AND it was tried with the video file, then with its thumbnail, then bare
        List<List<String>> uploads = harness.channelPosts().stream()
                .map(request -> request.files().stream().map(file -> file.filename()).toList()).toList();
        assertEquals(3, uploads.size(), uploads.toString());
        assertTrue(uploads.get(0).get(0).endsWith(".mp4"), uploads.toString());
        assertTrue(uploads.get(1).get(0).endsWith(".jpg"), uploads.toString());
        assertEquals(List.of(), uploads.get(2));
    }

    /** {@code id-from} .. {@code id-to}: the names FakeInstagram gives an album's pictures. */
    private static List<String> names(String id, int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(n -> id + "-" + n).toList();
    }

    /** Which pictures a message shows, in order: the CDN name each uploaded file was served as. */
    static List<String> shownPictures(E2eHarness harness, PostedMessage message) {
        return message.galleryItems().stream().map(item -> {
            byte[] bytes = harness.discord.attachmentBytes(item.url()).orElseThrow();
            return new String(Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8);
        }).toList();
    }
}
