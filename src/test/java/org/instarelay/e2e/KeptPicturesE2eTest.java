package org.instarelay.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.instarelay.fakediscord.FakeDiscordConfig;
import org.instarelay.fakediscord.MultipartPart;
import org.instarelay.fakediscord.RecordedRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("E2E: a post sent after Instagram's picture addresses expired still carries its pictures")
class KeptPicturesE2eTest {
    @RegisterExtension
    static final E2eExtension BOT = E2eExtension.bot().connectedAndSettled();
    /** Set by {@link #BOT} before each test. */
    private E2eHarness harness;

    @Test
    @DisplayName("an album collected while paused is posted after the CDN turned 403, with the bytes kept when it was collected")
    void postedFromKeptBytes() throws Exception {
        // GIVEN a paused account whose album (two pictures and a video) is collected while the CDN works
        harness.instagram.servePicturesOf(4_000);
        assertTrue(E2eHarness.words(harness.run("pause", FakeDiscordConfig.ADMIN)).contains("Paused"));
        String id = "17900000000000555";
        harness.publishAlbum(id, "Before the addresses expired", 2);
        harness.pollNow();
        assertTrue(harness.bot().core().keptPictures().awaitIdle(E2eHarness.WAIT), "pictures kept in time");
        assertEquals(List.of(), harness.postedLinks(), "paused: nothing posted yet");
        int downloads = harness.instagram.cdnRequests();

        // WHEN Instagram's CDN starts refusing every address, and the account is resumed and a cycle runs
        harness.instagram.cdnRefuses(true);
        assertTrue(E2eHarness.words(harness.run("resume", FakeDiscordConfig.ADMIN)).contains("Resumed"));
        harness.pollNow();

        // THEN the post went out with both pictures, byte for byte what the CDN served at collection
        RecordedRequest sent = harness.sentPost(id);
        List<MultipartPart> files = sent.files();
        assertEquals(2, files.size(), files.toString());
        assertArrayEquals(harness.instagram.pictureAt("/cdn/" + id + "-1.jpg"), files.get(0).content());
        assertArrayEquals(harness.instagram.pictureAt("/cdn/" + id + "-2.jpg"), files.get(1).content());
        // AND the message in the channel shows them (the fake serves the uploaded bytes back)
        JsonNode message = harness.awaitPosts(1).get(0);
        assertEquals(2, message.path("attachments").size());
        assertArrayEquals(files.get(0).content(),
                harness.discord.attachmentBytes(message.path("attachments").path(0).path("url").asText()).orElseThrow());
        // AND nothing was downloaded again: the dead CDN was not even asked
        assertEquals(downloads, harness.instagram.cdnRequests());
    }

    @Test
    @DisplayName("a photo posted right after it was collected is downloaded once: the upload waits for the kept picture")
    void downloadedOnceForKeepingAndPosting() throws Exception {
        // WHEN a photo is published and a cycle runs (collecting, keeping and posting it at once)
        String id = harness.publish("Straight out");
        harness.pollNow();

        // THEN it went out with its picture
        List<JsonNode> posts = harness.awaitPosts(1);
        assertEquals(1, posts.get(0).path("attachments").size());
        // AND the CDN was asked for it once, by the keeper; the upload used the kept bytes
        assertTrue(harness.bot().core().keptPictures().awaitIdle(E2eHarness.WAIT));
        assertEquals(1, harness.instagram.cdnRequests());
        assertTrue(harness.bot().core().keptPictures().keptName(harness.instagram.baseUrl() + "cdn/" + id + ".jpg")
                .isPresent());
    }

    @Test
    @DisplayName("a picture that could not be kept does not hold the post back: it goes out, saying the picture is unavailable")
    void failedDownloadDoesNotHoldThePostBack() throws Exception {
        // GIVEN the CDN refuses from the start
        harness.instagram.cdnRefuses(true);

        // WHEN a photo is published and a cycle runs
        String id = harness.publish("Addresses dead on arrival");
        harness.pollNow();

        // THEN it is posted once, without an attachment
        List<JsonNode> posts = harness.awaitPosts(1);
        assertEquals(List.of(E2eHarness.permalink(id)), harness.postedLinks());
        assertEquals(0, posts.get(0).path("attachments").size());
        // AND the bot tried the CDN for it at collection and once more (live) when posting, no more
        assertTrue(harness.bot().core().keptPictures().awaitIdle(E2eHarness.WAIT));
        assertEquals(2, harness.instagram.cdnRequests());
    }
}
