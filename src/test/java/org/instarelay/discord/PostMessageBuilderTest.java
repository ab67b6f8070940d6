package org.instarelay.discord;

import static org.instarelay.discord.Contents.shown;
import static org.instarelay.discord.Contents.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.Set;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.container.Container;
import net.dv8tion.jda.api.components.mediagallery.MediaGalleryItem;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.instarelay.instagram.MediaChild;
import org.instarelay.instagram.MediaType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A post as a Components V2 message")
class PostMessageBuilderTest {
    private static final long TEN_MIB = 10L << 20;
    private static final String HEADER = "**[@acme](" + Contents.PROFILE + ")** · <t:" + Fixtures.NOW.getEpochSecond() + ":f>";

    private final PostMessageBuilder builder = new PostMessageBuilder();
    private final Contents.Cdn cdn = new Contents.Cdn(1000);

    private MessageCreateData build(PostContent post, int part) {
        return builder.build(post, part, Shrink.NONE, cdn, TEN_MIB, null);
    }

    @Test
    @DisplayName("an image: a pink container with the linked account and time, the caption, the uploaded picture and the button")
    void image() {
        // GIVEN a photo with a caption
        PostContent post = Contents.image("Sunset over the bay");

        // WHEN it is built
        MessageCreateData message = build(post, 1);

        // THEN it is a V2 message without content or embeds
        assertTrue(message.isUsingComponentsV2());
        assertEquals("", message.getContent());
        assertTrue(message.getEmbeds().isEmpty());
        // AND one container in Instagram's colour holds header, caption, gallery and button
        Container container = message.getComponents().get(0).asContainer();
        assertEquals(1, message.getComponents().size());
        assertEquals(PostMessageBuilder.COLOUR, container.getAccentColorRaw());
        assertEquals(List.of(HEADER, "Sunset over the bay"), texts(message));
        assertEquals(List.of("https://cdn.example/p/1.jpg"), shown(message));
        assertEquals(1, message.getAllDistinctFiles().size(), "the gallery's file is the only upload");
        Button button = Contents.tree(message).findAll(Button.class).get(0);
        assertEquals("View on Instagram", button.getLabel());
        assertEquals(Fixtures.PERMALINK, button.getUrl());
        // AND nothing can ping
        assertTrue(message.getAllowedMentions().isEmpty());
        assertTrue(message.getMentionedRoles().isEmpty());
    }

    @Test
    @DisplayName("an album of 2: one gallery with both pictures in Instagram's order")
    void albumOfTwo() {
        MessageCreateData message = build(Contents.album(2), 1);

        assertEquals(List.of("https://cdn.example/p/1.jpg", "https://cdn.example/p/2.jpg"), shown(message));
        assertEquals(List.of(HEADER, "An album"), texts(message));
    }

    @Test
    @DisplayName("an album's pictures are fetched at once: a CDN that answers none until all three are asked serves them all")
    void albumFetchedAtOnce() {
        // GIVEN a CDN that holds every answer until the album's three pictures have all been asked for
        CountDownLatch allAsked = new CountDownLatch(3);
        PictureSource together = url -> {
            allAsked.countDown();
            try {
                // Fetched one after another, the first would wait here in vain, and be left out.
                return allAsked.await(10, TimeUnit.SECONDS) ? cdn.fetch(url) : Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        };

        // WHEN the album is built
        MessageCreateData message = builder.build(Contents.album(3), 1, Shrink.NONE, together, TEN_MIB, null);

        // THEN all three are in it, in Instagram's order
        assertEquals(List.of("https://cdn.example/p/1.jpg", "https://cdn.example/p/2.jpg", "https://cdn.example/p/3.jpg"),
                shown(message));
    }

    @Test
    @DisplayName("an album of 10: one message, all ten in one gallery")
    void albumOfTen() {
        PostContent post = Contents.album(10);

        MessageCreateData message = build(post, 1);

        assertEquals(1, PostMessageBuilder.parts(post));
        assertEquals(IntStream.rangeClosed(1, 10).mapToObj(n -> "https://cdn.example/p/" + n + ".jpg").toList(),
                shown(message));
    }

    @Test
    @DisplayName("an album of 20: two messages, 1–10 with the caption, then 11–20 marked as the continuation")
    void albumOfTwenty() {
        // GIVEN an album of twenty
        PostContent post = Contents.album(20);

        // WHEN both parts are built
        MessageCreateData first = build(post, 1);
        MessageCreateData second = build(post, 2);

        // THEN the first shows 1..10 and says so, with the caption
        assertEquals(2, PostMessageBuilder.parts(post));
        assertEquals(IntStream.rangeClosed(1, 10).mapToObj(n -> "https://cdn.example/p/" + n + ".jpg").toList(), shown(first));
        assertEquals(List.of(HEADER + " · 1–10 of 20", "An album"), texts(first));
        // AND the second shows 11..20, marked as the continuation, without the caption, with the button
        assertEquals(IntStream.rangeClosed(11, 20).mapToObj(n -> "https://cdn.example/p/" + n + ".jpg").toList(), shown(second));
        assertEquals(List.of("**[@acme](" + Contents.PROFILE + ")** · Continued: 11–20 of 20"), texts(second));
        assertEquals(Fixtures.PERMALINK, Contents.tree(second).findAll(Button.class).get(0).getUrl());
        assertTrue(second.getAllowedMentions().isEmpty());
    }

    @Test
    @DisplayName("a video that fits the upload limit: the file itself is uploaded, to play inline")
    void videoFits() {
        PostContent post = Contents.post(PostContent.Kind.VIDEO, "FEED", "Watch", List.of(Contents.video("a")));

        MessageCreateData message = build(post, 1);

        assertEquals(List.of("video instagram-1801-1.mp4"), shown(message));
        assertNull(Contents.items(message).get(0).getDescription());
        assertEquals(List.of(HEADER, "Watch"), texts(message), "no note: nothing was left out");
    }

    @Test
    @DisplayName("a video over the upload limit: its thumbnail, marked ▶ Video, and a note saying why")
    void videoTooLarge() {
        // GIVEN a video of 11 MiB and a 10 MiB server
        Contents.Cdn large = new Contents.Cdn(11 << 20);
        PostContent post = Contents.post(PostContent.Kind.VIDEO, "FEED", "Watch", List.of(Contents.video("a")));

        // WHEN it is built
        MessageCreateData message = builder.build(post, 1, Shrink.NONE, large, TEN_MIB, null);

        // THEN the thumbnail stands in, marked as a video
        assertEquals(List.of("https://cdn.example/v/a-thumb.jpg"), shown(message));
        assertEquals("▶ Video", Contents.items(message).get(0).getDescription());
        assertEquals("-# ▶ Video: too large to upload here; shown as its thumbnail, watch it on Instagram",
                texts(message).get(2));
    }

    @Test
    @DisplayName("a reel: marked as a reel in the header, and ▶ Reel when only its thumbnail fits")
    void reel() {
        PostContent post = Contents.post(PostContent.Kind.VIDEO, "REELS", "Dance", List.of(Contents.video("r")));

        MessageCreateData fits = build(post, 1);
        MessageCreateData tooLarge = builder.build(post, 1, Shrink.NONE, new Contents.Cdn(11 << 20), TEN_MIB, null);

        assertEquals(HEADER + " · Reel", texts(fits).get(0));
        assertEquals(List.of("video instagram-1801-1.mp4"), shown(fits));
        assertEquals("▶ Reel", Contents.items(tooLarge).get(0).getDescription());
        assertTrue(texts(tooLarge).get(2).startsWith("-# ▶ Reel: too large"), texts(tooLarge).toString());
    }

    @Test
    @DisplayName("a 2,200-character caption full of markdown and @everyone: escaped, inert, trimmed with … to fit 4,000")
    void longCaption() {
        // GIVEN Instagram's longest caption, every character of which markdown would read
        String caption = ("@everyone " + "*_~`|".repeat(12)).repeat(40).substring(0, 2200);
        PostContent post = Contents.image(caption);

        // WHEN it is built (JDA itself refuses over 4,000 in UTF-16 units)
        MessageCreateData message = build(post, 1);

        // THEN the text is within the limit and the caption ends with an ellipsis
        List<String> texts = texts(message);
        assertTrue(texts.stream().mapToInt(String::length).sum() <= Message.MAX_CONTENT_LENGTH_COMPONENT_V2);
        String shownCaption = texts.get(1);
        assertTrue(shownCaption.endsWith("…"), shownCaption.substring(shownCaption.length() - 10));
        // AND markdown is escaped, @everyone is inert, and nothing may ping anyway
        assertTrue(shownCaption.startsWith("@\u200Beveryone \\*\\_\\~\\`\\|"), shownCaption.substring(0, 30));
        assertFalse(shownCaption.contains("@everyone"));
        assertTrue(message.getAllowedMentions().isEmpty());
    }

    @Test
    @DisplayName("alt text becomes each item's description; a blank one is none")
    void altText() {
        PostContent post = Contents.post(PostContent.Kind.ALBUM, null, null, List.of(
                new PostContent.Item(false, "https://cdn.example/p/1.jpg", null, "A loaf on a board"),
                new PostContent.Item(false, "https://cdn.example/p/2.jpg", null, "  "),
                new PostContent.Item(false, "https://cdn.example/p/3.jpg", null, "x".repeat(1500))));

        List<MediaGalleryItem> items = Contents.items(build(post, 1));

        assertEquals("A loaf on a board", items.get(0).getDescription());
        assertNull(items.get(1).getDescription());
        assertEquals(MediaGalleryItem.MAX_DESCRIPTION_LENGTH, items.get(2).getDescription().length());
    }

    @Test
    @DisplayName("a picture that cannot be fetched is left out with a line saying so; an empty caption is left out")
    void missingPicture() {
        // GIVEN an album whose second picture is gone, and a photo whose only picture is gone
        PostContent album = Contents.post(PostContent.Kind.ALBUM, null, "", List.of(Contents.picture(1),
                new PostContent.Item(false, "https://cdn.example/missing.jpg", null, null), Contents.picture(3)));
        PostContent photo = Contents.post(PostContent.Kind.IMAGE, null, "Bread",
                List.of(new PostContent.Item(false, "https://cdn.example/missing.jpg", null, null)));

        // WHEN built
        MessageCreateData albumMessage = build(album, 1);
        MessageCreateData photoMessage = build(photo, 1);

        // THEN the rest is shown and the note says what is missing
        assertEquals(List.of("https://cdn.example/p/1.jpg", "https://cdn.example/p/3.jpg"), shown(albumMessage));
        assertEquals(List.of(HEADER, "-# 1 of 3 pictures unavailable; open the post on Instagram"), texts(albumMessage));
        assertTrue(Contents.items(photoMessage).isEmpty());
        assertEquals(List.of(HEADER, "Bread", "-# " + PostMessageBuilder.PICTURE_UNAVAILABLE), texts(photoMessage));
        assertTrue(photoMessage.getAllDistinctFiles().isEmpty());
    }

    @Test
    @DisplayName("after a refusal: videos become thumbnails, then pictures go, each time with a line saying so")
    void shrinking() {
        PostContent post = Contents.post(PostContent.Kind.ALBUM, null, "Mixed", List.of(Contents.picture(1), Contents.video("v")));

        MessageCreateData thumbnails = builder.build(post, 1, Shrink.VIDEOS_AS_THUMBNAILS, cdn, TEN_MIB, null);
        MessageCreateData bare = builder.build(post, 1, Shrink.NO_PICTURES, cdn, TEN_MIB, null);

        assertEquals(List.of("https://cdn.example/p/1.jpg", "https://cdn.example/v/v-thumb.jpg"), shown(thumbnails));
        assertTrue(texts(thumbnails).get(2).contains("Discord refused the file"), texts(thumbnails).toString());
        assertTrue(bare.getAllDistinctFiles().isEmpty());
        assertEquals(List.of(HEADER, "Mixed", "-# " + PostMessageBuilder.PICTURES_REFUSED), texts(bare));
    }

    @Test
    @DisplayName("with a role: <@&id> at the top and allowed mentions that role alone")
    void role() {
        MessageCreateData message = builder.build(Contents.image("@everyone look"), 1, Shrink.NONE, cdn, TEN_MIB, "555");

        assertEquals("<@&555>", texts(message).get(0));
        assertTrue(message.getAllowedMentions().isEmpty(), "no users, roles or everyone parsed");
        assertEquals(Set.of("555"), message.getMentionedRoles());
    }

    @Test
    @DisplayName("the adapter reads the core's post: kind, pictures in order, videos, caption, link, channel")
    void adapter() {
        // GIVEN an album with a picture and a video, as the core stores it
        var post = Fixtures.post(Fixtures.account("acme"), Fixtures.album("1802", List.of(Fixtures.childImage(1),
                new MediaChild("c2", MediaType.VIDEO, "https://cdn.example/a/2.mp4", "https://cdn.example/a/2.jpg"))));

        // WHEN read
        PostContent content = PostContent.from(post);

        // THEN
        assertEquals(PostContent.Kind.ALBUM, content.kind());
        assertEquals(List.of(new PostContent.Item(false, "https://cdn.example/a/1.jpg", null, null),
                new PostContent.Item(true, "https://cdn.example/a/2.mp4", "https://cdn.example/a/2.jpg", null)),
                content.pictures());
        assertEquals("acme", content.username());
        assertEquals(Contents.PROFILE, content.profileUrl());
        assertEquals("An album", content.caption());
        assertEquals(Fixtures.PERMALINK, content.permalink());
        assertEquals("1802", content.mediaId());
    }
}
