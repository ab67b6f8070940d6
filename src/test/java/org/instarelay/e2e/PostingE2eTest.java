package org.instarelay.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.instarelay.fakediscord.FakeDiscordConfig;
import org.instarelay.fakediscord.MultipartPart;
import org.instarelay.fakediscord.PostedMessage;
import org.instarelay.fakediscord.PostedMessage.GalleryItem;
import org.instarelay.fakediscord.RecordedRequest;
import org.instarelay.fakediscord.SentInteraction;
import org.instarelay.fakediscord.SlashCommand;
import org.instarelay.testing.FakeInstagram;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("E2E: a poll cycle posts new Instagram posts into the channel")
@Timeout(60)
class PostingE2eTest {
    /** The header of a post: the account linked to its profile, then the time. */
    static final String AUTHOR = "**[@" + E2eHarness.USERNAME + "](https://www.instagram.com/" + E2eHarness.USERNAME + "/)** · <t:";

    @RegisterExtension
    static final E2eExtension BOT = E2eExtension.bot();
    /** Set by {@link #BOT} before each test. */
    private E2eHarness harness;

    @Test
    @DisplayName("what the account had when it connected is kept, not posted; what it publishes next is posted once each, oldest first")
    void newPostsOldestFirst() {
        // GIVEN an account that already has two posts when it is connected
        harness.publish(2, "old");
        harness.connectAndSettle();
        assertEquals(List.of(), harness.postedLinks(), "the baseline is not posted");

        // WHEN it publishes three posts and a cycle runs
        List<String> ids = harness.publish(3, "new");
        harness.pollNow();

        // THEN each is one message, in the order they were published
        assertEquals(ids.stream().map(E2eHarness::permalink).toList(), harness.postedLinks());
        List<JsonNode> posts = harness.posts();
        PostedMessage first = new PostedMessage(posts.get(0));
        assertTrue(first.textDisplays().get(0).startsWith(AUTHOR), first.textDisplays().toString());
        assertEquals("new 1", first.textDisplays().get(1));
        // AND another cycle posts nothing again
        harness.pollNow();
        assertEquals(3, harness.posts().size());
        assertEquals(3, harness.channelPosts().size(), "one request per post");
    }

    @Test
    @DisplayName("a photo is one Components V2 message: a pink container with the account, time, caption, the uploaded picture and a View on Instagram button")
    void photo() {
        // GIVEN a connected account
        harness.connectAndSettle();

        // WHEN it publishes a photo and a cycle runs
        String id = harness.publish("Fresh bread");
        harness.pollNow();

        // THEN the request was multipart with the picture's bytes as a file
        RecordedRequest sent = postOf(id);
        List<MultipartPart> files = sent.files();
        assertEquals(1, files.size(), files.toString());
        assertArrayEquals(FakeInstagram.pictureBytes(id), files.get(0).content());
        // AND it carries a nonce of its own (one per post, channel and part), enforced
        JsonNode payload = sent.payload();
        assertTrue(payload.path("nonce").asText().startsWith("ig"), payload.path("nonce").asText());
        assertTrue(payload.path("enforce_nonce").asBoolean(), "Discord itself refuses a repeat within minutes");
        // AND the message in the channel carries the uploaded picture and the link button
        // AND the message in the channel shows that picture in a gallery in Instagram's colour, with
        // the account and time above the caption, and pings nobody
        PostedMessage message = new PostedMessage(harness.awaitPosts(1).get(0));
        assertTrue(message.isComponentsV2());
        assertEquals(Optional.of(0xE1306C), message.accentColor());
        assertEquals(2, message.textDisplays().size(), message.textDisplays().toString());
        assertTrue(message.textDisplays().get(0).startsWith(AUTHOR), message.textDisplays().get(0));
        assertEquals("Fresh bread", message.textDisplays().get(1));
        assertEquals(List.of(files.get(0).filename()), message.galleryItems().stream().map(GalleryItem::filename).toList());
        assertEquals(0, message.allowedMentions().path("parse").size());
        assertLinkButton(message, E2eHarness.permalink(id));
    }

    @Test
    @DisplayName("an album is one message with one gallery of its pictures, in Instagram's order")
    void album() {
        // GIVEN a connected account
        harness.connectAndSettle();

        // WHEN it publishes an album of three pictures and a cycle runs
        String id = harness.publishAlbum("17900000000000777", "Our week", 3);
        harness.pollNow();

        // THEN one message carries three uploaded pictures
        RecordedRequest sent = postOf(id);
        assertEquals(3, sent.files().size(), sent.files().toString());
        // AND the gallery shows them in Instagram's order
        PostedMessage message = new PostedMessage(harness.awaitPosts(1).get(0));
        assertEquals(List.of(id + "-1", id + "-2", id + "-3"), PostFormsE2eTest.shownPictures(harness, message));
        assertEquals("Our week", message.textDisplays().get(1));
        assertLinkButton(message, E2eHarness.permalink(id));
    }

    @Test
    @DisplayName("/instagram poll by an admin collects and posts now and says how many went out")
    void pollCommand() {
        // GIVEN a connected account with two new posts
        harness.connectAndSettle();
        List<String> ids = harness.publish(2, "now");

        // WHEN an admin runs /instagram poll
        SentInteraction poll = harness.slash(SlashCommand.of("instagram").subcommand("poll").by(FakeDiscordConfig.ADMIN));

        // THEN the reply is deferred (it calls Instagram), ephemeral, and counts the posts
        RecordedRequest ack = harness.callback(poll);
        assertEquals(5, ack.payload().path("type").asInt());
        assertTrue(E2eHarness.ephemeral(ack));
        String said = E2eHarness.words(harness.reply(poll));
        assertTrue(said.contains("2 new posts, 2 posted"), said);
        // AND both are in the channel, oldest first
        assertEquals(ids.stream().map(E2eHarness::permalink).toList(), harness.postedLinks());
    }

    /** The successful request that posted this media. */
    private RecordedRequest postOf(String mediaId) {
        return harness.sentPost(mediaId);
    }

    static void assertLinkButton(PostedMessage message, String permalink) {
        assertEquals(List.of(new PostedMessage.Button(5, "View on Instagram", permalink, null)), message.buttons());
    }
}
