package org.instarelay.instagram;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.instarelay.common.Secret;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Instagram profile and media reads")
class InstagramReadTest extends InstagramServerTest {

    private static final String PAGE = """
            {"data": [
              {"id": "18000000000000001", "caption": "a picture", "media_type": "IMAGE",
               "media_url": "https://cdn.example/1.jpg", "permalink": "https://www.instagram.com/p/AAA/",
               "timestamp": "2026-11-28T17:59:35+0000", "username": "relaytest"},
              {"id": "18000000000000002", "caption": "a clip", "media_type": "VIDEO",
               "media_url": "https://cdn.example/2.mp4", "thumbnail_url": "https://cdn.example/2.jpg",
               "permalink": "https://www.instagram.com/reel/BBB/", "timestamp": "2026-11-27T08:00:00+0100",
               "username": "relaytest"},
              {"id": "18000000000000003", "media_type": "CAROUSEL_ALBUM", "media_url": "https://cdn.example/3a.jpg",
               "permalink": "https://www.instagram.com/p/CCC/", "timestamp": "2026-11-26T10:00:00+0000",
               "username": "relaytest",
               "children": {"data": [
                 {"id": "18100000000000031", "media_type": "IMAGE", "media_url": "https://cdn.example/3a.jpg"},
                 {"id": "18100000000000032", "media_type": "VIDEO", "media_url": "https://cdn.example/3b.mp4",
                  "thumbnail_url": "https://cdn.example/3b.jpg"}]}},
              {"id": "18000000000000004", "caption": "flagged", "media_type": "IMAGE",
               "permalink": "https://www.instagram.com/p/DDD/", "timestamp": "2026-11-25T10:00:00+00:00",
               "username": "relaytest", "is_shared_to_feed": true}
            ],
            "paging": {"cursors": {"before": "QVFIUmx", "after": "QVFIUzB"}}}
            """;

    @Test
    @DisplayName("the profile is read from a flat answer, with the documented request")
    void profileFlat() throws Exception {
        // GIVEN a flat profile answer
        answer(200, "{\"user_id\":\"17841405793187218\",\"username\":\"relaytest\","
                + "\"profile_picture_url\":\"https://cdn.example/p.jpg\",\"account_type\":\"BUSINESS\",\"id\":\"999\"}");

        // WHEN the profile is read
        Profile profile = client.profile(Secret.of(TOKEN));

        // THEN the request is versioned with the documented fields and the answer is keyed on user_id
        RecordedRequest request = taken();
        assertAll(
                () -> assertEquals("/v25.0/me", request.getUrl().encodedPath()),
                () -> assertEquals("user_id,username,profile_picture_url,account_type",
                        request.getUrl().queryParameter("fields")),
                () -> assertEquals(TOKEN, request.getUrl().queryParameter("access_token")),
                () -> assertEquals(new Profile("17841405793187218", "relaytest", "https://cdn.example/p.jpg",
                        "BUSINESS"), profile));
    }

    @Test
    @DisplayName("the profile is read from an answer wrapped in data[] with a numeric user_id")
    void profileWrapped() throws Exception {
        // GIVEN the documented wrapped shape
        answer(200, "{\"data\":[{\"user_id\":17841405793187219,\"username\":\"relaytest\","
                + "\"account_type\":\"MEDIA_CREATOR\"}]}");

        // WHEN the profile is read
        Profile profile = client.profile(Secret.of(TOKEN));

        // THEN the id is exact and the missing picture is null
        assertEquals(new Profile("17841405793187219", "relaytest", null, "MEDIA_CREATOR"), profile);
    }

    @Test
    @DisplayName("a media page reads images, videos with thumbnails, albums with children and media without media_url")
    void mediaPage() throws Exception {
        // GIVEN one page of four posts and no next page
        answer(200, PAGE);

        // WHEN the first page is read
        MediaPage page = client.firstMediaPage(Secret.of(TOKEN), 25);

        // THEN the request asks for the documented fields and page size
        RecordedRequest request = taken();
        assertAll(
                () -> assertEquals("/v25.0/me/media", request.getUrl().encodedPath()),
                () -> assertEquals("id,caption,media_type,media_product_type,is_shared_to_feed,alt_text,media_url,"
                        + "permalink,thumbnail_url,timestamp,username,children{id,media_type,media_url,thumbnail_url,alt_text}", request.getUrl().queryParameter("fields")),
                () -> assertEquals("25", request.getUrl().queryParameter("limit")),
                () -> assertEquals(TOKEN, request.getUrl().queryParameter("access_token")));

        // AND each post is read as sent
        List<Media> media = page.media();
        assertEquals(4, media.size());
        assertEquals(new Media("18000000000000001", MediaType.IMAGE, "a picture", "https://cdn.example/1.jpg", null,
                "https://www.instagram.com/p/AAA/", Instant.parse("2026-11-28T17:59:35Z"), "relaytest", List.of()),
                media.get(0));
        Media video = media.get(1);
        assertAll(
                () -> assertEquals(MediaType.VIDEO, video.type()),
                () -> assertEquals("https://cdn.example/2.jpg", video.thumbnailUrl()),
                () -> assertEquals(Instant.parse("2026-11-27T07:00:00Z"), video.timestamp()));
        Media album = media.get(2);
        assertAll(
                () -> assertEquals(MediaType.CAROUSEL_ALBUM, album.type()),
                () -> assertNull(album.caption()),
                () -> assertEquals(List.of(
                        new MediaChild("18100000000000031", MediaType.IMAGE, "https://cdn.example/3a.jpg", null),
                        new MediaChild("18100000000000032", MediaType.VIDEO, "https://cdn.example/3b.mp4",
                                "https://cdn.example/3b.jpg")), album.children()));
        Media flagged = media.get(3);
        assertAll(
                () -> assertNull(flagged.mediaUrl()),
                () -> assertNull(flagged.thumbnailUrl()),
                () -> assertEquals(Instant.parse("2026-11-25T10:00:00Z"), flagged.timestamp()));

        // AND without paging.next this is the last page
        assertTrue(page.nextPage().isEmpty());
    }

    @Test
    @DisplayName("an item without id is skipped, the rest of the page is kept")
    void itemWithoutId() throws Exception {
        // GIVEN a page where one item lacks its id
        answer(200, "{\"data\":[{\"media_type\":\"IMAGE\",\"timestamp\":\"2026-11-28T17:59:35+0000\"},"
                + "{\"id\":\"18000000000000009\",\"media_type\":\"REEL_OF_THE_FUTURE\","
                + "\"timestamp\":\"2026-11-28T17:59:35+0000\"}]}");

        // WHEN the page is read
        MediaPage page = client.firstMediaPage(Secret.of(TOKEN), 10);

        // THEN only the item with an id remains, its unknown type mapped to UNKNOWN
        assertEquals(1, page.media().size());
        assertEquals("18000000000000009", page.media().get(0).id());
        assertEquals(MediaType.UNKNOWN, page.media().get(0).type());
    }

    @Test
    @DisplayName("paging.next is returned as a secret and followed exactly as given")
    void pagingNext() throws Exception {
        // GIVEN a first page whose next address carries a cursor and the token, and a last page
        String next = server.url("/v25.0/17841405793187218/media?access_token=" + TOKEN
                + "&fields=id%2Ccaption&limit=1&after=QVFIUzB").toString();
        answer(200, "{\"data\":[{\"id\":\"1\",\"media_type\":\"IMAGE\",\"timestamp\":\"2026-11-28T17:59:35+0000\"}],"
                + "\"paging\":{\"cursors\":{\"after\":\"QVFIUzB\"},\"next\":\"" + next + "\"}}");
        answer(200, "{\"data\":[{\"id\":\"2\",\"media_type\":\"IMAGE\",\"timestamp\":\"2026-11-27T17:59:35+0000\"}],"
                + "\"paging\":{\"cursors\":{\"before\":\"QVFIUzB\"}}}");

        // WHEN the first page is read and its next page followed
        MediaPage first = client.firstMediaPage(Secret.of(TOKEN), 1);
        MediaPage second = client.nextMediaPage(first.nextPage().orElseThrow());

        // THEN the second request is exactly the given address, and the second page is the last
        taken();
        RecordedRequest followed = taken();
        assertAll(
                () -> assertEquals(next, first.next().reveal()),
                () -> assertEquals("[redacted]", first.next().toString()),
                () -> assertEquals(next, followed.getUrl().toString()),
                () -> assertEquals("2", second.media().get(0).id()),
                () -> assertTrue(second.nextPage().isEmpty()),
                () -> assertEquals(2, server.getRequestCount()));
    }
}
