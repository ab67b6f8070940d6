package org.instarelay.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A post's files are fetched once and reused for its retries")
class RecentPicturesTest {
    private final Contents.Cdn cdn = new Contents.Cdn(400);

    @Test
    @DisplayName("the same post built again (a retry after an outage) downloads nothing again")
    void retryReuses() {
        // GIVEN a cache in front of the CDN, and an album built once
        RecentPictures pictures = new RecentPictures(cdn, 10_000);
        PostContent album = Contents.post(PostContent.Kind.ALBUM, null, "x", List.of(Contents.picture(1), Contents.video("v")));
        new PostMessageBuilder().build(album, 1, Shrink.NONE, pictures, 1 << 20, null);
        int first = cdn.fetched.size();

        // WHEN the same post is built again
        new PostMessageBuilder().build(album, 1, Shrink.NONE, pictures, 1 << 20, null);

        // THEN the CDN was asked for each file once
        assertEquals(3, first, cdn.fetched.toString());
        assertEquals(first, cdn.fetched.size(), cdn.fetched.toString());
    }

    @Test
    @DisplayName("bounded in bytes: the oldest files make room; a failed fetch is tried again")
    void bounded() {
        // GIVEN room for about two 400-byte videos
        RecentPictures pictures = new RecentPictures(cdn, 900);
        pictures.fetch("https://cdn.example/1.mp4");
        pictures.fetch("https://cdn.example/2.mp4");

        // WHEN a third comes and the first is asked for again
        pictures.fetch("https://cdn.example/3.mp4");
        pictures.fetch("https://cdn.example/1.mp4");
        pictures.fetch("https://cdn.example/missing.jpg");
        pictures.fetch("https://cdn.example/missing.jpg");

        // THEN the first was fetched twice (it was dropped), and so was the missing one
        assertEquals(List.of("https://cdn.example/1.mp4", "https://cdn.example/2.mp4", "https://cdn.example/3.mp4",
                "https://cdn.example/1.mp4", "https://cdn.example/missing.jpg", "https://cdn.example/missing.jpg"),
                cdn.fetched);
    }

    @Test
    @DisplayName("a kept file larger than the room a caller has now is not handed out")
    void respectsRoom() {
        RecentPictures pictures = new RecentPictures(cdn, 10_000);
        assertTrue(pictures.fetch("https://cdn.example/v.mp4").isPresent());

        assertEquals(Optional.empty(), pictures.fetch("https://cdn.example/v.mp4", 100));
        assertEquals(1, cdn.fetched.size());
    }
}
