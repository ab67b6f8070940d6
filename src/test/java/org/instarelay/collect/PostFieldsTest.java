package org.instarelay.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    @DisplayName("a trial reel arrives as REELS, not shared to the feed, with its alt text on its picture")
    void reel() throws Exception {
        // GIVEN a trial reel published after connecting
        fixture.instagram().publishReel(USER, Instant.parse("2026-11-29T10:00:00Z"), "a trial", false, "A climber on a ridge");

        // WHEN it is collected, stored and posted (through the database, after a restart)
        fixture.bot().restart();
        fixture.bot().poll();

        // THEN the post that reaches the face says so
        PostView post = fixture.bot().publisher.published().get(0);
        assertEquals(PostKind.VIDEO, post.kind());
        assertEquals("REELS", post.productType());
        assertEquals(Boolean.FALSE, post.sharedToFeed());
        assertEquals("A climber on a ridge", post.pictures().get(0).altText());
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
