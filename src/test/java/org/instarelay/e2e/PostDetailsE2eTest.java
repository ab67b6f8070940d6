package org.instarelay.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.instarelay.fakediscord.DiscordPermissions;
import org.instarelay.fakediscord.FakeDiscordConfig;
import org.instarelay.fakediscord.FakeRole;
import org.instarelay.fakediscord.PostedMessage;
import org.instarelay.fakediscord.PostedMessage.GalleryItem;
import org.instarelay.testing.FakeInstagram;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("E2E: what Instagram says about a post (reel, alt text) reaches Discord, and a caption pings nobody")
@Timeout(60)
class PostDetailsE2eTest {
    /** Over the fake server's 10 MiB upload limit: the thumbnail stands in. */
    private static final int TOO_LARGE = 11 << 20;

    @RegisterExtension
    static final E2eExtension BOT = E2eExtension.bot().connectedAndSettled();
    /** Set by {@link #BOT} before each test. */
    private E2eHarness harness;

    @Test
    @DisplayName("a reel says Reel: uploaded when it fits, else its thumbnail marked ▶ Reel; a feed video never says Reel")
    void reels() {
        // GIVEN a reel that fits the upload limit, one that does not, and a feed video that does not
        String small = harness.publishReel("Folding dough", "Hands folding dough on a floured table", 50_000);
        String large = harness.publishReel("The long bake", null, TOO_LARGE);
        String feed = harness.publishVideo("17900000000000901", "From the feed", TOO_LARGE);

        // WHEN a cycle runs
        harness.pollNow();

        // THEN each arrived once, in order, linking its own address
        List<PostedMessage> posts = harness.awaitPosts(E2eHarness.CHANNEL, 3).stream().map(PostedMessage::new).toList();
        assertEquals(List.of(FakeInstagram.reelPermalink(small), FakeInstagram.reelPermalink(large),
                E2eHarness.permalink(feed)), harness.postedLinks());
        // AND the small reel is marked as a reel and is the video itself, described by its alt text
        PostedMessage smallReel = posts.get(0);
        assertTrue(header(smallReel).startsWith(PostingE2eTest.AUTHOR), header(smallReel));
        assertTrue(header(smallReel).endsWith(" · Reel"), header(smallReel));
        GalleryItem video = smallReel.galleryItems().get(0);
        assertEquals("video/mp4", video.contentType());
        assertEquals(50_000, video.size());
        assertEquals("Hands folding dough on a floured table", video.description());
        // AND the large reel is its thumbnail, marked ▶ Reel, with a line saying why
        PostedMessage largeReel = posts.get(1);
        assertTrue(header(largeReel).endsWith(" · Reel"), header(largeReel));
        assertEquals(List.of(large + "-thumb"), PostFormsE2eTest.shownPictures(harness, largeReel));
        assertEquals("▶ Reel", largeReel.galleryItems().get(0).description());
        assertTrue(largeReel.text().contains("▶ Reel: too large to upload here"), largeReel.text());
        // AND the feed video is marked as a video, and nothing in it says Reel
        PostedMessage feedVideo = posts.get(2);
        assertEquals("▶ Video", feedVideo.galleryItems().get(0).description());
        assertFalse(feedVideo.text().contains("Reel"), feedVideo.text());
    }

    @Test
    @DisplayName("Instagram's alt text is each gallery item's description: a photo's, and an album's per picture in order; none where Instagram has none")
    void altText() {
        // GIVEN a photo with alt text, an album whose second picture has none, and a photo without
        String photo = harness.publish("Fresh bread", "A round loaf on a wooden board");
        String album = harness.publishAlbum("17900000000000903", "The team",
                Arrays.asList("Anna at the oven", null, "Ben with a tray of rolls"));
        String bare = harness.publish("No description");

        // WHEN a cycle runs
        harness.pollNow();

        // THEN each picture carries its own alt text as its description, in Instagram's order
        List<PostedMessage> posts = harness.awaitPosts(E2eHarness.CHANNEL, 3).stream().map(PostedMessage::new).toList();
        assertEquals(List.of(E2eHarness.permalink(photo), E2eHarness.permalink(album), E2eHarness.permalink(bare)),
                harness.postedLinks());
        assertEquals(List.of("A round loaf on a wooden board"), descriptions(posts.get(0)));
        assertEquals(List.of(album + "-1", album + "-2", album + "-3"), PostFormsE2eTest.shownPictures(harness, posts.get(1)));
        assertEquals(Arrays.asList("Anna at the oven", null, "Ben with a tray of rolls"), descriptions(posts.get(1)));
        // AND the photo without alt text shows its picture with no description at all
        assertEquals(1, posts.get(2).galleryItems().size());
        assertEquals(Arrays.asList((String) null), descriptions(posts.get(2)));
    }

    @Test
    @DisplayName("a caption with markdown, @everyone, @here, a role and a user mention shows them as typed and pings nobody")
    void captionPingsNobody() {
        // GIVEN a role anyone may ping, and a caption that mentions it, a member and everyone
        harness.discord.updateRole(FakeRole.of(FakeDiscordConfig.ADMIN_ROLE_ID, "Admins",
                DiscordPermissions.MANAGE_SERVER, 1).withMentionable(true));
        String role = "<@&" + FakeDiscordConfig.ADMIN_ROLE_ID + ">";
        String user = "<@" + FakeDiscordConfig.ADMIN.id() + ">";
        harness.publish("**Big news** @everyone and @here: " + role + " thanks " + user + " _see you_");

        // WHEN a cycle runs
        harness.pollNow();

        // THEN Discord pinged nobody
        PostedMessage post = new PostedMessage(harness.awaitPosts(1).get(0));
        assertAll(() -> assertFalse(post.pingsEveryone(), "pinged @everyone"),
                () -> assertEquals(List.of(), post.pingedRoles(), "pinged roles"),
                () -> assertEquals(List.of(), post.pingedUsers(), "pinged users"));
        // AND the caption reads as typed: markdown shown literally, mentions visible but broken
        assertEquals("\\*\\*Big news\\*\\* @\u200Beveryone and @\u200Bhere: <\u200B@&" + FakeDiscordConfig.ADMIN_ROLE_ID
                + "> thanks <\u200B@" + FakeDiscordConfig.ADMIN.id() + "> \\_see you\\_", post.textDisplays().get(1));
        // AND the message allows no mentions at all (a missing allowed_mentions would allow every one)
        assertTrue(post.allowedMentions().isObject(), post.json().toString());
        assertEquals(0, post.allowedMentions().path("parse").size(), post.allowedMentions().toString());
        assertEquals(0, post.allowedMentions().path("roles").size(), post.allowedMentions().toString());
        assertEquals(0, post.allowedMentions().path("users").size(), post.allowedMentions().toString());
    }

    /** The first Text Display: the account, the time, and the kind of post. */
    private static String header(PostedMessage post) {
        return post.textDisplays().get(0);
    }

    /** Each gallery item's description, in order; null where it has none. */
    private static List<String> descriptions(PostedMessage post) {
        return post.galleryItems().stream().map(GalleryItem::description).toList();
    }
}
