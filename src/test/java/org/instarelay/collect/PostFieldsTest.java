package org.instarelay.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.instarelay.testing.CoreFixture;
import org.instarelay.view.PictureView;
import org.instarelay.view.PostKind;
import org.instarelay.view.PostView;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Product type, feed flag and alt text are read, stored and reach the faces")
class PostFieldsTest {
    private static final String USER = "17841400000000001";

    @RegisterExtension
    final CoreFixture fixture = CoreFixture.account(USER, "mountaineers").connected();

    @Test
    @DisplayName("a reel arrives as REELS with its alt text; a trial reel is never posted, and history says why")
    void reel() throws Exception {
        // GIVEN a trial reel and a reel shown on the grid, published after connecting
        fixture.instagram().publishReel(USER, Instant.parse("2026-11-29T10:00:00Z"), "a trial", false, "A climber on a ridge");
        fixture.instagram().publishReel(USER, Instant.parse("2026-11-29T10:05:00Z"), "the real one", true, "A summit");

        // WHEN they are collected, stored and posted (through the database, after a restart)
        fixture.bot().restart();
        fixture.bot().poll();

        // THEN only the reel on the grid reaches the face, and it says what it is
        assertEquals(java.util.List.of("the real one"), fixture.bot().publisher.captions());
        PostView post = fixture.bot().publisher.published().get(0);
        assertEquals(PostKind.VIDEO, post.kind());
        assertEquals("REELS", post.productType());
        assertEquals(Boolean.TRUE, post.sharedToFeed());
        assertEquals("A summit", post.pictures().get(0).altText());
        // AND history tells the team why the trial reel did not go out
        String history = fixture.bot().run("history", org.instarelay.commands.Arguments.none()).text();
        assertTrue(history.contains("a trial") && history.contains("left out (trial reel: not shown on the profile grid)"),
                history);
    }

    @Test
    @DisplayName("an album keeps each child's alt text, in Instagram's order")
    void albumAltText() throws Exception {
        // GIVEN an album whose second picture has no alt text
        ObjectNode album = fixture.instagram().json().createObjectNode()
                .put("id", "900").put("media_type", "CAROUSEL_ALBUM").put("media_product_type", "FEED")
                .put("caption", "two views").put("permalink", "https://www.instagram.com/p/P900/")
                .put("timestamp", fixture.instagram().timestamp(Instant.parse("2026-11-29T11:00:00Z"))).put("username", "mountaineers");
        album.putObject("children").putArray("data")
                .add(child("901", "North face"))
                .add(child("902", null));
        fixture.instagram().publishRaw(USER, album);

        // WHEN it is collected and posted
        fixture.bot().poll();

        // THEN both pictures arrive in order, with the alt text Instagram has
        PostView post = fixture.bot().publisher.published().get(0);
        assertEquals(PostKind.ALBUM, post.kind());
        assertEquals("FEED", post.productType());
        assertEquals(java.util.Arrays.asList("North face", null),
                post.pictures().stream().map(PictureView::altText).toList());
        assertEquals(List.of("https://cdn.example/901.jpg", "https://cdn.example/902.jpg"),
                post.pictures().stream().map(PictureView::shownUrl).toList());
    }

    private ObjectNode child(String id, String altText) {
        ObjectNode child = fixture.instagram().json().createObjectNode().put("id", id).put("media_type", "IMAGE")
                .put("media_url", "https://cdn.example/" + id + ".jpg");
        if (altText != null) {
            child.put("alt_text", altText);
        }
        return child;
    }
}
