package org.instarelay.pictures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.instarelay.testing.BotHarness;
import org.instarelay.testing.FakeInstagram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Pictures kept when collected: the feed and gallery outlive Instagram's addresses (real core, real sockets)")
class PicturesThatStayTest {
    private static final Instant POSTED = Instant.parse("2026-11-28T10:00:00Z");
    private static final int PICTURE_SIZE = 1_000;
    private final ObjectMapper json = new ObjectMapper();
    @TempDir
    Path folder;
    private KeptPicturesRig rig;

    @AfterEach
    void close() {
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    @DisplayName("after collection the CDN turns 403: the JSON feed and the gallery still show every picture, served by the bot")
    void feedAndGalleryAfterTheCdnDied() throws Exception {
        // GIVEN a photo and a reel collected while the CDN works
        rig = new KeptPicturesRig(folder, 1_000_000);
        rig.instagram.servePicturesOf(PICTURE_SIZE);
        String photo = rig.instagram.publish(KeptPicturesRig.USER, POSTED, "Ridge at dawn");
        String reel = rig.instagram.publishReel(KeptPicturesRig.USER, POSTED.plusSeconds(60), "Descent", true, "Skiers");
        rig.pollAndKeep();
        String key = rig.enableFeed();

        // WHEN Instagram's CDN starts answering 403 to every address
        rig.instagram.cdnRefuses(true);
        int downloads = rig.instagram.cdnRequests();

        // THEN the JSON feed's pictures are the bot's, and each is served with the bytes collected
        JsonNode feed = json.readTree(rig.get("/feeds/" + key + ".json").body());
        List<String> images = new ArrayList<>();
        feed.path("items").forEach(item -> images.add(item.path("image").asText()));
        assertEquals(2, images.size(), feed.toString());
        for (String image : images) {
            assertTrue(image.startsWith(KeptPicturesRig.PUBLIC_URL + "/pictures/"), image);
        }
        assertPicture(images.get(0), "/cdn/" + reel + "-thumb.jpg");
        assertPicture(images.get(1), "/cdn/" + photo + ".jpg");
        // AND the gallery's images point at the same kept pictures
        String gallery = new String(rig.get("/feeds/" + key).body(), StandardCharsets.UTF_8);
        for (String image : images) {
            assertTrue(gallery.contains("src=\"" + image + "\""), gallery);
        }
        // AND the video file itself was never downloaded, and nothing was downloaded after the CDN died
        assertEquals(2, downloads, "a photo and a reel's thumbnail");
        assertTrue(rig.instagram.requestLog().stream().noneMatch(line -> line.contains(".mp4")), "no video file fetched");
        assertEquals(downloads, rig.instagram.cdnRequests());
    }

    @Test
    @DisplayName("pictures are downloaded once: a second cycle and a restart download nothing again")
    void downloadedOnce() throws Exception {
        // GIVEN two photos collected and kept
        rig = new KeptPicturesRig(folder, 1_000_000);
        rig.instagram.servePicturesOf(PICTURE_SIZE);
        rig.instagram.publish(KeptPicturesRig.USER, POSTED, "One");
        rig.instagram.publish(KeptPicturesRig.USER, POSTED.plusSeconds(60), "Two");
        rig.pollAndKeep();
        assertEquals(2, rig.instagram.cdnRequests());

        // WHEN more cycles run, before and after a restart
        rig.pollAndKeep();
        rig.bot.restart();
        rig.pollAndKeep();

        // THEN no picture was downloaded again
        assertEquals(2, rig.instagram.cdnRequests());
    }

    @Test
    @DisplayName("a picture the CDN refused while its post waited is tried again at the next start, before the post goes out")
    void triedAgainAtStart() throws Exception {
        // GIVEN a paused account whose new photo was collected while the CDN refused it
        rig = new KeptPicturesRig(folder, 1_000_000);
        rig.instagram.servePicturesOf(PICTURE_SIZE);
        rig.bot.run("pause", org.instarelay.commands.Arguments.none());
        String id = rig.instagram.publish(KeptPicturesRig.USER, POSTED, "Waiting");
        String address = rig.instagram.baseUrl() + "cdn/" + id + ".jpg";
        rig.instagram.cdnRefuses(true);
        rig.pollAndKeep();
        assertTrue(rig.bot.core().keptPictures().keptName(address).isEmpty(), "not kept while refused");

        // WHEN the CDN serves again and the bot restarts
        rig.instagram.cdnRefuses(false);
        rig.bot.restart();
        assertTrue(rig.bot.core().keptPictures().awaitIdle(Duration.ofSeconds(15)));

        // THEN the waiting post's picture is kept, downloaded once more and no more
        String name = rig.bot.core().keptPictures().keptName(address).orElseThrow();
        assertTrue(rig.bot.core().pictures().find(name).isPresent());
        assertEquals(2, rig.instagram.cdnRequests());
        assertTrue(rig.bot.publisher.published().isEmpty(), "still paused: nothing posted");
    }

    @Test
    @DisplayName("past pictures.max-size the oldest picture is evicted, and the feed falls back to Instagram's address for it")
    void evictedFallsBack() throws Exception {
        // GIVEN room for two pictures, and three posts collected one cycle after the other
        rig = new KeptPicturesRig(folder, 2 * PICTURE_SIZE + PICTURE_SIZE / 2);
        rig.instagram.servePicturesOf(PICTURE_SIZE);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(rig.instagram.publish(KeptPicturesRig.USER, POSTED.plus(Duration.ofHours(i)), "Post " + i));
            rig.pollAndKeep();
            rig.bot.clock.advance(Duration.ofMinutes(10));
        }
        String key = rig.enableFeed();

        // WHEN the feed is read
        JsonNode items = json.readTree(rig.get("/feeds/" + key + ".json").body()).path("items");

        // THEN the two newest show the bot's pictures, the oldest Instagram's own address
        assertEquals(3, items.size());
        assertTrue(items.path(0).path("image").asText().startsWith(KeptPicturesRig.PUBLIC_URL + "/pictures/"));
        assertTrue(items.path(1).path("image").asText().startsWith(KeptPicturesRig.PUBLIC_URL + "/pictures/"));
        assertEquals(rig.instagram.baseUrl() + "cdn/" + ids.get(0) + ".jpg", items.path(2).path("image").asText());
        assertEquals(2L * PICTURE_SIZE, rig.bot.core().pictures().totalBytes());
    }

    @Test
    @DisplayName("a baseline keeps the pictures of the newest 100 posts (the most a feed shows), not of all it stores")
    void baselineKeepsTheNewestHundred() throws Exception {
        // GIVEN an account that already has 120 posts when it is connected
        try (FakeInstagram instagram = new FakeInstagram()) {
            instagram.addAccount(KeptPicturesRig.USER, "mountaineers");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                ids.add(instagram.publish(KeptPicturesRig.USER, POSTED.plus(Duration.ofMinutes(i)), "Old " + i));
            }

            // WHEN it is connected (which takes the baseline) and the downloads are done
            try (BotHarness bot = new BotHarness(folder, instagram, 0)) {
                assertFalse(bot.connectAccount(KeptPicturesRig.USER).failed());
                assertTrue(bot.core().keptPictures().awaitIdle(Duration.ofSeconds(30)));

                // THEN 100 pictures were downloaded: the newest 100 posts' are kept, the oldest 20's not
                assertEquals(100, instagram.cdnRequests());
                assertTrue(bot.core().keptPictures().keptName(cdn(instagram, ids.get(119))).isPresent());
                assertTrue(bot.core().keptPictures().keptName(cdn(instagram, ids.get(20))).isPresent());
                assertTrue(bot.core().keptPictures().keptName(cdn(instagram, ids.get(19))).isEmpty());
            }
        }
    }

    private static String cdn(FakeInstagram instagram, String id) {
        return instagram.baseUrl() + "cdn/" + id + ".jpg";
    }

    private void assertPicture(String publicUrl, String cdnPath) throws Exception {
        HttpResponse<byte[]> picture = rig.get(publicUrl);
        assertEquals(200, picture.statusCode(), publicUrl);
        assertEquals("image/jpeg", picture.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(rig.instagram.pictureAt(cdnPath), picture.body(), publicUrl);
    }
}
