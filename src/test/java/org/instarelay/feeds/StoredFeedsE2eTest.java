package org.instarelay.feeds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.instarelay.instagram.Media;
import org.instarelay.instagram.MediaChild;
import org.instarelay.instagram.MediaType;
import org.instarelay.pictures.KeptPicture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

@DisplayName("Website feeds from the store, over a real socket")
class StoredFeedsE2eTest {
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final String MRSS = "http://search.yahoo.com/mrss/";
    private static final String COVER = "https://scontent.cdninstagram.com/v/alb_1.jpg?oh=a";
    private static final String VIDEO_COVER = "https://scontent.cdninstagram.com/v/alb_2_thumb.jpg?oh=b";

    @TempDir
    Path folder;
    private FeedRig rig;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        rig = FeedRig.start(folder, 1_000_000, NOW);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(rig.local(path))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Two plain posts, and the newest an album of a picture and a video. */
    private void publishAlbumAndTwoImages() throws Exception {
        List<Media> posts = new ArrayList<>(FeedRig.images(2, NOW.minusSeconds(3600)));
        posts.add(0, new Media("1799", MediaType.CAROUSEL_ALBUM, "Two views\nof the hut", COVER, null,
                "https://www.instagram.com/p/ALBUM/", NOW, FeedRig.USERNAME, List.of(
                        new MediaChild("c1", MediaType.IMAGE, COVER, null),
                        new MediaChild("c2", MediaType.VIDEO, "https://video.cdninstagram.com/v.mp4", VIDEO_COVER))));
        rig.publish(posts);
    }

    @Test
    @DisplayName("the JSON feed of an enabled key lists the account's stored posts, kept pictures from the bot")
    void jsonFeed() throws Exception {
        // GIVEN an album and two images stored, the album's cover kept by the bot, and the feed on
        publishAlbumAndTwoImages();
        byte[] coverBytes = "the album cover's bytes".getBytes(StandardCharsets.UTF_8);
        KeptPicture kept = rig.keep(COVER, coverBytes);
        String key = rig.feeds.enable(FeedRig.USER_ID, NOW).key().reveal();
        // WHEN a website fetches the JSON feed
        HttpResponse<byte[]> answer = get("/feeds/" + key + ".json");
        // THEN it shows the account and its posts, newest first
        assertEquals(200, answer.statusCode());
        JsonNode feed = new ObjectMapper().readTree(answer.body());
        assertEquals("@mountaineers on Instagram", feed.path("title").asText());
        assertEquals("https://www.instagram.com/mountaineers/", feed.path("home_page_url").asText());
        assertEquals(FeedRig.PUBLIC_URL + "/feeds/" + key + ".json", feed.path("feed_url").asText());
        JsonNode items = feed.path("items");
        assertEquals(List.of("1799", "17900000000002", "17900000000001"),
                List.of(items.get(0).path("id").asText(), items.get(1).path("id").asText(), items.get(2).path("id").asText()));
        JsonNode album = items.get(0);
        assertEquals("https://www.instagram.com/p/ALBUM/", album.path("url").asText());
        assertEquals("Two views\nof the hut", album.path("content_text").asText());
        assertEquals("2026-12-01T12:00:00Z", album.path("date_published").asText());
        // THEN the kept cover is the bot's address, the video's cover Instagram's, each with alt text
        String coverUrl = FeedRig.PUBLIC_URL + "/pictures/" + kept.name();
        assertEquals(coverUrl, album.path("image").asText());
        assertEquals(VIDEO_COVER, album.path("attachments").get(1).path("url").asText());
        assertEquals("CAROUSEL_ALBUM", album.path("_instagram").path("media_type").asText());
        assertEquals(2, album.path("_instagram").path("child_count").asInt());
        assertEquals("Two views (1 of 2)", album.path("_instagram").path("alt_texts").get(0).asText());
        assertTrue(items.get(1).path("image").asText().startsWith("https://scontent.cdninstagram.com/"));
        // THEN the bot's picture address really serves the kept bytes
        assertArrayEquals(coverBytes, get(coverUrl.substring(FeedRig.PUBLIC_URL.length())).body());
    }

    @Test
    @DisplayName("RSS and the HTML gallery of the same key show the same stored posts")
    void rssAndGallery() throws Exception {
        // GIVEN stored posts and the feed on
        publishAlbumAndTwoImages();
        String key = rig.feeds.enable(FeedRig.USER_ID, NOW).key().reveal();
        // WHEN the RSS feed and the gallery are fetched
        HttpResponse<byte[]> rss = get("/feeds/" + key + ".xml");
        HttpResponse<byte[]> gallery = get("/feeds/" + key);
        // THEN RSS has an item per post with a media:content per picture
        assertEquals(200, rss.statusCode());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(rss.body()));
        assertEquals(3, xml.getElementsByTagName("item").getLength());
        Element firstGuid = (Element) xml.getElementsByTagName("guid").item(0);
        assertEquals("https://www.instagram.com/p/ALBUM/", firstGuid.getTextContent());
        assertEquals(4, xml.getElementsByTagNameNS(MRSS, "content").getLength());
        // THEN the gallery links each post, with alt text on its cover
        String html = new String(gallery.body(), StandardCharsets.UTF_8);
        assertEquals(200, gallery.statusCode());
        assertTrue(html.contains("href=\"https://www.instagram.com/p/POST2/\""));
        assertTrue(html.contains("alt=\"Summit day 2 on the ridge #mountains\""));
        assertTrue(html.contains("@mountaineers on Instagram"));
    }

    @Test
    @DisplayName("after a new key the old addresses answer 404 and the new ones work; a disabled feed is 404 too")
    void replacedAndDisabledKeys() throws Exception {
        // GIVEN a feed that was fetched with its first key
        rig.publish(FeedRig.images(3, NOW));
        String oldKey = rig.feeds.enable(FeedRig.USER_ID, NOW).key().reveal();
        assertEquals(200, get("/feeds/" + oldKey + ".json").statusCode());
        // WHEN the key is replaced
        String newKey = rig.feeds.replaceKey(FeedRig.USER_ID, NOW).key().reveal();
        // THEN every old address is a 404 that does not say the key once existed, and the new ones answer
        for (String suffix : List.of(".json", ".xml", "")) {
            HttpResponse<byte[]> old = get("/feeds/" + oldKey + suffix);
            assertEquals(404, old.statusCode(), suffix);
            assertArrayEquals(get("/feeds/" + "Z".repeat(32) + suffix).body(), old.body(), suffix);
            assertEquals(200, get("/feeds/" + newKey + suffix).statusCode(), suffix);
        }
        // WHEN the feed is turned off THEN its key opens nothing either
        rig.feeds.disable(FeedRig.USER_ID);
        assertEquals(404, get("/feeds/" + newKey + ".json").statusCode());
    }

    @Test
    @DisplayName("a post stored after a fetch is in the feed within a few seconds, with a new ETag")
    void newPostsAppear() throws Exception {
        // GIVEN a feed fetched with two posts
        rig.publish(FeedRig.images(2, NOW.minusSeconds(60)));
        String key = rig.feeds.enable(FeedRig.USER_ID, NOW).key().reveal();
        HttpResponse<byte[]> before = get("/feeds/" + key + ".json");
        // WHEN a new post is collected and the feed's short reuse time passes
        rig.publish(List.of(new Media("1800", MediaType.IMAGE, "Fresh snow", "https://scontent.cdninstagram.com/v/new.jpg",
                null, "https://www.instagram.com/p/NEW/", NOW, FeedRig.USERNAME, List.of())));
        rig.clock.advance(StoredFeeds.FRESH_FOR);
        HttpResponse<byte[]> after = client.send(HttpRequest.newBuilder(URI.create(rig.local("/feeds/" + key + ".json")))
                .header("If-None-Match", before.headers().firstValue("ETag").orElseThrow()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        // THEN the old ETag no longer matches and the new post leads the feed
        assertEquals(200, after.statusCode());
        JsonNode items = new ObjectMapper().readTree(after.body()).path("items");
        assertEquals(3, items.size());
        assertEquals("1800", items.get(0).path("id").asText());
    }

    @Test
    @DisplayName("a picture the bot no longer keeps falls back to Instagram's address in the feed")
    void evictedPictureFallsBack() throws Exception {
        // GIVEN a post whose picture was kept, and then evicted by newer pictures over the budget
        rig.publish(FeedRig.images(1, NOW));
        String instagramUrl = FeedRig.images(1, NOW).get(0).mediaUrl();
        String key = rig.feeds.enable(FeedRig.USER_ID, NOW).key().reveal();
        KeptPicture kept = rig.keep(instagramUrl, new byte[400_000]);
        JsonNode before = new ObjectMapper().readTree(get("/feeds/" + key + ".json").body());
        assertEquals(FeedRig.PUBLIC_URL + "/pictures/" + kept.name(), before.path("items").get(0).path("image").asText());
        for (int i = 1; i <= 3; i++) {
            rig.clock.advance(Duration.ofSeconds(1));
            byte[] newer = new byte[400_000];
            newer[0] = (byte) i;
            rig.pictures.keep(newer, "image/jpeg");
        }
        assertFalse(rig.pictures.find(kept.name()).isPresent());
        rig.clock.advance(StoredFeeds.FRESH_FOR);
        // WHEN the feed is fetched again
        JsonNode after = new ObjectMapper().readTree(get("/feeds/" + key + ".json").body());
        // THEN the picture is Instagram's address again
        assertEquals(instagramUrl, after.path("items").get(0).path("image").asText());
    }
}
