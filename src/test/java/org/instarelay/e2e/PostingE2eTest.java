package org.instarelay.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.instarelay.fakediscord.FakeDiscordConfig;
import org.instarelay.fakediscord.MultipartPart;
import org.instarelay.fakediscord.RecordedRequest;
import org.instarelay.fakediscord.SentInteraction;
import org.instarelay.fakediscord.SlashCommand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("E2E: a poll cycle posts new Instagram posts into the channel")
@Timeout(60)
class PostingE2eTest {
    /** What FakeInstagram's CDN serves for every picture. */
    private static final byte[] PICTURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3};

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
        assertEquals("new 1", posts.get(0).path("embeds").path(0).path("description").asText());
        assertEquals("@" + E2eHarness.USERNAME, posts.get(0).path("embeds").path(0).path("author").path("name").asText());
        // AND another cycle posts nothing again
        harness.pollNow();
        assertEquals(3, harness.posts().size());
        assertEquals(3, harness.channelPosts().size(), "one request per post");
    }

    @Test
    @DisplayName("a photo is uploaded as an attachment the embed shows, with a View on Instagram button")
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
        assertArrayEquals(PICTURE, files.get(0).content());
        // AND the embed shows that attachment, links the post, and the nonce is the post's own
        JsonNode payload = sent.payload();
        assertEquals("attachment://" + files.get(0).filename(), payload.path("embeds").path(0).path("image").path("url").asText());
        assertEquals(E2eHarness.permalink(id), payload.path("embeds").path(0).path("url").asText());
        assertEquals("ig" + id, payload.path("nonce").asText());
        assertTrue(payload.path("enforce_nonce").asBoolean(), "Discord itself refuses a repeat within minutes");
        // AND the message in the channel carries the uploaded picture and the link button
        JsonNode message = harness.awaitPosts(1).get(0);
        assertEquals(1, message.path("attachments").size());
        assertLinkButton(message, E2eHarness.permalink(id));
    }

    @Test
    @DisplayName("an album is one message with one attachment per picture, shown as a gallery")
    void album() {
        // GIVEN a connected account
        harness.connectAndSettle();

        // WHEN it publishes an album of three pictures and a cycle runs
        String id = harness.publishAlbum("17900000000000777", "Our week", 3);
        harness.pollNow();

        // THEN one message carries three uploaded pictures
        RecordedRequest sent = postOf(id);
        assertEquals(3, sent.files().size(), sent.files().toString());
        sent.files().forEach(file -> assertArrayEquals(PICTURE, file.content()));
        JsonNode message = harness.awaitPosts(1).get(0);
        assertEquals(3, message.path("attachments").size());
        // AND the embeds share the post's url, which makes the client show them as one gallery
        JsonNode embeds = message.path("embeds");
        assertEquals(3, embeds.size());
        embeds.forEach(embed -> assertEquals(E2eHarness.permalink(id), embed.path("url").asText()));
        assertTrue(embeds.path(0).path("title").asText().contains("Album"), embeds.toString());
        assertLinkButton(message, E2eHarness.permalink(id));
    }

    @Test
    @DisplayName("a video is posted as its thumbnail, marked as a video, with the link")
    void video() {
        // GIVEN a connected account
        harness.connectAndSettle();

        // WHEN it publishes a video and a cycle runs
        String id = harness.publishVideo("17900000000000888", "Watch this");
        harness.pollNow();

        // THEN the thumbnail (not the video) is uploaded and the embed says it is a video
        RecordedRequest sent = postOf(id);
        assertEquals(1, sent.files().size());
        assertArrayEquals(PICTURE, sent.files().get(0).content());
        JsonNode message = harness.awaitPosts(1).get(0);
        JsonNode embed = message.path("embeds").path(0);
        assertTrue(embed.path("title").asText().contains("Video"), embed.toString());
        assertTrue(embed.path("image").path("url").asText().contains("/attachments/"), embed.toString());
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
        return harness.discord.awaitRequest(r -> r.is("POST", "channels/" + E2eHarness.CHANNEL + "/messages")
                && r.status() == 200 && r.payload() != null && ("ig" + mediaId).equals(r.payload().path("nonce").asText()),
                E2eHarness.WAIT);
    }

    private static void assertLinkButton(JsonNode message, String permalink) {
        JsonNode button = message.path("components").path(0).path("components").path(0);
        assertEquals(5, button.path("style").asInt(), "a link button: " + message.path("components"));
        assertEquals("View on Instagram", button.path("label").asText());
        assertEquals(permalink, button.path("url").asText());
    }
}
