package org.instarelay.discord;

import static org.instarelay.discord.Fixtures.PERMALINK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.tree.MessageComponentTree;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.instarelay.view.PostView;
import org.instarelay.instagram.Media;
import org.instarelay.instagram.MediaChild;
import org.instarelay.instagram.MediaType;
import org.instarelay.store.Account;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A post as a Discord message")
class PostMessageBuilderTest {
    private static final long NO_LIMIT = Long.MAX_VALUE;

    private final PostMessageBuilder builder = new PostMessageBuilder();
    private final Account acme = Fixtures.account("acme");
    /** Records which addresses were fetched; every fetch succeeds with 100 bytes of "jpeg". */
    private final List<String> fetched = new ArrayList<>();
    private final PictureSource everyPicture = url -> {
        fetched.add(url);
        return Optional.of(new Picture(new byte[100], "jpg"));
    };

    @Test
    @DisplayName("an image: one embed with author, caption, time, colour, footer, the uploaded picture and a button")
    void image() {
        // GIVEN a photo post with a caption
        PostView post = Fixtures.post(acme, Fixtures.image("1801", "Sunset over the bay", "https://cdn.example/1801.jpg"));

        // WHEN it is turned into a message
        MessageCreateData message = builder.build(post, everyPicture, NO_LIMIT);

        // THEN the picture is downloaded and uploaded, and the embed shows it from the attachment
        assertEquals(List.of("https://cdn.example/1801.jpg"), fetched);
        assertEquals(1, message.getFiles().size());
        String name = message.getFiles().get(0).getName();
        assertTrue(name.endsWith(".jpg"), name);
        assertEquals(1, message.getEmbeds().size());
        MessageEmbed embed = message.getEmbeds().get(0);
        assertEquals("attachment://" + name, embed.getImage().getUrl());
        assertEquals("@acme", embed.getAuthor().getName());
        assertEquals("https://www.instagram.com/acme/", embed.getAuthor().getUrl());
        assertEquals(acme.identity().profilePictureUrl(), embed.getAuthor().getIconUrl());
        assertEquals("Sunset over the bay", embed.getDescription());
        assertEquals(PERMALINK, embed.getUrl());
        assertEquals(post.publishedAt(), embed.getTimestamp().toInstant());
        assertEquals(PostMessageBuilder.COLOUR, embed.getColorRaw());
        assertEquals("Instagram", embed.getFooter().getText());
        // AND a link button leads to the post
        Button button = buttons(message).get(0);
        assertEquals("View on Instagram", button.getLabel());
        assertEquals(PERMALINK, button.getUrl());
        // AND nobody is pinged by what a caption says
        assertTrue(message.getAllowedMentions().isEmpty());
    }

    @Test
    @DisplayName("an album: every picture uploaded, the first ones as a gallery of embeds sharing the post's url")
    void album() {
        // GIVEN an album of three pictures
        PostView post = Fixtures.post(acme, Fixtures.album("1802", List.of(Fixtures.childImage(1), Fixtures.childImage(2),
                Fixtures.childImage(3))));

        // WHEN it is turned into a message
        MessageCreateData message = builder.build(post, everyPicture, NO_LIMIT);

        // THEN three attachments, three embeds, all with the permalink as url, each showing its picture
        assertEquals(3, message.getFiles().size());
        assertEquals(3, message.getEmbeds().size());
        for (int i = 0; i < 3; i++) {
            MessageEmbed embed = message.getEmbeds().get(i);
            assertEquals(PERMALINK, embed.getUrl());
            assertEquals("attachment://" + message.getFiles().get(i).getName(), embed.getImage().getUrl());
        }
        // AND only the first carries the text; the names are distinct so each image finds its file
        assertEquals("@acme", message.getEmbeds().get(0).getAuthor().getName());
        assertNull(message.getEmbeds().get(1).getAuthor());
        assertEquals(3, message.getFiles().stream().map(FileUpload::getName).distinct().count());
        assertEquals("Album of 3", message.getEmbeds().get(0).getTitle());
    }

    @Test
    @DisplayName("an album of 12: ten pictures (Discord's cap), four in the gallery, and a note about the rest")
    void bigAlbum() {
        // GIVEN an album larger than Discord takes in one message
        List<MediaChild> children = IntStream.rangeClosed(1, 12).mapToObj(Fixtures::childImage).collect(Collectors.toList());
        PostView post = Fixtures.post(acme, Fixtures.album("1803", children));

        // WHEN it is turned into a message
        MessageCreateData message = builder.build(post, everyPicture, NO_LIMIT);

        // THEN ten are uploaded and the embeds stay within what the client shows as a gallery
        assertEquals(10, fetched.size());
        assertEquals(10, message.getFiles().size());
        assertEquals(PostMessageBuilder.GALLERY_SIZE, message.getEmbeds().size());
        assertTrue(message.getEmbeds().get(0).getDescription().contains("Showing 10 of 12"));
    }

    @Test
    @DisplayName("a video: its thumbnail uploaded, marked as a video, with the link")
    void video() {
        // GIVEN a video post
        PostView post = Fixtures.post(acme, Fixtures.video("1804", "https://cdn.example/1804-thumb.jpg"));

        // WHEN it is turned into a message
        MessageCreateData message = builder.build(post, everyPicture, NO_LIMIT);

        // THEN the thumbnail, not the video file, is fetched and shown
        assertEquals(List.of("https://cdn.example/1804-thumb.jpg"), fetched);
        MessageEmbed embed = message.getEmbeds().get(0);
        assertEquals("attachment://" + message.getFiles().get(0).getName(), embed.getImage().getUrl());
        // AND the embed says it is a video, its title linking to the post
        assertEquals("▶ Video", embed.getTitle());
        assertEquals(PERMALINK, embed.getUrl());
        assertEquals(PERMALINK, buttons(message).get(0).getUrl());
    }

    @Test
    @DisplayName("a caption longer than 4096 characters is cut to fit the embed, ending in an ellipsis")
    void longCaption() {
        // GIVEN a caption over the embed's limit (emoji included, which take two chars each)
        String caption = "🌅".repeat(2100);
        PostView post = Fixtures.post(acme, Fixtures.image("1805", caption, "https://cdn.example/1805.jpg"));

        // WHEN it is turned into a message
        MessageEmbed embed = builder.build(post, everyPicture, NO_LIMIT).getEmbeds().get(0);

        // THEN the description fits and shows it was cut, never ending on half an emoji
        String description = embed.getDescription();
        assertTrue(description.length() <= 4096, "length " + description.length());
        assertTrue(description.endsWith("…"));
        assertTrue(description.startsWith("🌅🌅"));
        assertFalse(Character.isHighSurrogate(description.charAt(description.length() - 2)), "half an emoji");
        assertTrue(embed.isSendable());
    }

    @Test
    @DisplayName("a cut caption still leaves room for 'Picture unavailable'")
    void longCaptionAndMissingPicture() {
        // GIVEN a long caption and a picture that cannot be downloaded
        PostView post = Fixtures.post(acme, Fixtures.image("1806", "y".repeat(5000), "https://cdn.example/1806.jpg"));

        // WHEN it is turned into a message
        MessageEmbed embed = builder.build(post, url -> Optional.empty(), NO_LIMIT).getEmbeds().get(0);

        // THEN the note is there and the whole still fits
        assertTrue(embed.getDescription().endsWith(PostMessageBuilder.PICTURE_UNAVAILABLE));
        assertTrue(embed.getDescription().length() <= 4096);
    }

    @Test
    @DisplayName("no media_url (copyright-flagged): no attachment, a line saying so, the post still goes out")
    void missingMediaUrl() {
        // GIVEN a photo whose media_url Instagram withheld
        PostView post = Fixtures.post(acme, Fixtures.image("1807", "Hello", null));

        // WHEN it is turned into a message
        MessageCreateData message = builder.build(post, everyPicture, NO_LIMIT);

        // THEN nothing is fetched or attached, and readers are told where to see the picture
        assertTrue(fetched.isEmpty());
        assertTrue(message.getFiles().isEmpty());
        MessageEmbed embed = message.getEmbeds().get(0);
        assertNull(embed.getImage());
        assertEquals("Hello\n\nPicture unavailable; open the post on Instagram", embed.getDescription());
        assertEquals(PERMALINK, buttons(message).get(0).getUrl());
    }

    @Test
    @DisplayName("pictures over the server's upload limit are left out like unavailable ones")
    void uploadBudget() {
        // GIVEN an album of three 100-byte pictures and room for only two
        PostView post = Fixtures.post(acme, Fixtures.album("1808", List.of(Fixtures.childImage(1), Fixtures.childImage(2),
                Fixtures.childImage(3))));

        // WHEN it is turned into a message
        MessageCreateData message = builder.build(post, everyPicture, 250);

        // THEN two go up and the third is reported missing
        assertEquals(2, message.getFiles().size());
        assertTrue(message.getEmbeds().get(0).getDescription().contains("1 of 3 pictures unavailable"));
    }

    @Test
    @DisplayName("Markdown in a caption shows as typed (@user_name does not turn italic)")
    void markdownEscaped() {
        // GIVEN a caption with underscores and asterisks
        PostView post = Fixtures.post(acme, Fixtures.image("1809", "thanks @some_user and @other_user *wow*",
                "https://cdn.example/1809.jpg"));

        // WHEN it is turned into a message
        String description = builder.build(post, everyPicture, NO_LIMIT).getEmbeds().get(0).getDescription();

        // THEN the markdown characters are escaped
        assertEquals("thanks @some\\_user and @other\\_user \\*wow\\*", description);
    }

    @Test
    @DisplayName("no permalink: no button (Discord refuses a link button without a URL), the embed links the profile")
    void noPermalink() {
        // GIVEN a post without permalink and an unknown media type
        Media media = new Media("1810", MediaType.UNKNOWN, null, "https://cdn.example/1810.jpg", null, null,
                null, null, List.of());

        // WHEN it is turned into a message
        MessageCreateData message = builder.build(Fixtures.post(acme, media), everyPicture, NO_LIMIT);

        // THEN it still builds, with the picture
        assertFalse(message.getEmbeds().isEmpty());
        assertNotNull(message.getEmbeds().get(0).getImage());
        assertEquals("https://www.instagram.com/acme/", message.getEmbeds().get(0).getUrl());
        assertTrue(buttons(message).isEmpty());
    }

    private static List<Button> buttons(MessageCreateData message) {
        return MessageComponentTree.of(message.getComponents()).findAll(Button.class);
    }
}
