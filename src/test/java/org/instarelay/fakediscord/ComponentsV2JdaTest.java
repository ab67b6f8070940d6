package org.instarelay.fakediscord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.container.Container;
import net.dv8tion.jda.api.components.container.ContainerChildComponent;
import net.dv8tion.jda.api.components.mediagallery.MediaGallery;
import net.dv8tion.jda.api.components.mediagallery.MediaGalleryItem;
import net.dv8tion.jda.api.components.separator.Separator;
import net.dv8tion.jda.api.components.textdisplay.TextDisplay;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.awt.Color;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Components V2 posts sent by the real JDA 6.3.1 to the fake: what it keeps and what it refuses. */
@DisplayName("Fake Discord: Components V2 messages from JDA")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComponentsV2JdaTest {
    private static final String ROLE_ID = "1400000000000000042";
    private static final int INSTAGRAM = 0xE1306C;

    private FakeDiscord discord;
    private JDA jda;
    /** What the running test does with a slash command. */
    private volatile Consumer<SlashCommandInteractionEvent> onSlash = e -> {};

    @BeforeAll
    void start() {
        discord = FakeDiscord.builder()
                .textChannel(FakeDiscordConfig.CHANNEL_ID, "instagram")
                .role(FakeRole.of(ROLE_ID, "Fans", 0, 1).withMentionable(true)) // else Discord would not ping it
                .start();
        jda = JdaTestSupport.start(discord, new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                onSlash.accept(event);
            }
        });
    }

    @AfterAll
    void stop() {
        JdaTestSupport.shutdown(jda);
        if (discord != null) {
            discord.close();
        }
    }

    private TextChannel channel() {
        return jda.getTextChannelById(FakeDiscordConfig.CHANNEL_ID);
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 7);
        }
        return b;
    }

    private List<PostedMessage> posts() {
        return discord.postsIn(FakeDiscordConfig.CHANNEL_ID);
    }

    @Test
    @DisplayName("a whole post arrives: accent colour, texts, gallery with alt texts and files, link button, one role pinged")
    void aWholePostIsKeptAndReadable() {
        // GIVEN a container as the bot will build it, with a caption that tries to ping everyone
        byte[] first = bytes(500);
        byte[] second = bytes(300);
        FileUpload a = FileUpload.fromData(first, "a1.jpg");
        FileUpload b = FileUpload.fromData(second, "a2.jpg");
        Container container = Container.of(
                        TextDisplay.of("<@&" + ROLE_ID + "> new post"),
                        TextDisplay.of("**[@team](https://www.instagram.com/team/)** · <t:1764438000:f>"),
                        TextDisplay.of("Caption with @everyone in it"),
                        MediaGallery.of(MediaGalleryItem.fromFile(a).withDescription("Two people on a stage"),
                                MediaGalleryItem.fromFile(b)),
                        Separator.createDivider(Separator.Spacing.SMALL),
                        ActionRow.of(Button.link("https://www.instagram.com/p/abc/", "View on Instagram")))
                .withAccentColor(new Color(INSTAGRAM));
        MessageCreateData message = new MessageCreateBuilder().useComponentsV2().addComponents(container)
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)).mentionRoles(ROLE_ID).build();
        int before = posts().size();

        // WHEN JDA sends it
        Message sent = channel().sendMessage(message).complete();

        // THEN the fake kept it and a test can read it as a reader sees it
        PostedMessage post = posts().get(before);
        assertEquals(sent.getId(), post.id());
        assertTrue(post.isComponentsV2());
        assertEquals(List.of("<@&" + ROLE_ID + "> new post",
                "**[@team](https://www.instagram.com/team/)** · <t:1764438000:f>", "Caption with @everyone in it"),
                post.textDisplays());
        assertEquals(INSTAGRAM, post.accentColor().orElseThrow());
        List<PostedMessage.GalleryItem> items = post.galleryItems();
        assertEquals(List.of("a1.jpg", "a2.jpg"), items.stream().map(PostedMessage.GalleryItem::filename).toList());
        assertEquals("Two people on a stage", items.get(0).description());
        assertEquals(null, items.get(1).description());
        assertArrayEquals(first, discord.attachmentBytes(items.get(0).url()).orElseThrow());
        assertArrayEquals(second, discord.attachmentBytes(items.get(1).url()).orElseThrow());
        assertEquals(List.of(new PostedMessage.Button(5, "View on Instagram", "https://www.instagram.com/p/abc/", null)),
                post.buttons());
        assertEquals(List.of(ROLE_ID), post.pingedRoles(), "the role, alone");
        assertFalse(post.pingsEveryone(), "the caption's @everyone does not ping");
        assertEquals("[]", post.allowedMentions().path("parse").toString());
    }

    @Test
    @DisplayName("JDA reads a V2 post back from history: the nested link button and the gallery's resolved files")
    void jdaReadsAV2PostBack() {
        // GIVEN a V2 post with a gallery of one upload and a link button inside the container
        FileUpload picture = FileUpload.fromData(bytes(64), "back.jpg");
        channel().sendMessage(new MessageCreateBuilder().useComponentsV2().addComponents(Container.of(
                MediaGallery.of(MediaGalleryItem.fromFile(picture).withDescription("alt")),
                ActionRow.of(Button.link("https://www.instagram.com/p/back/", "View on Instagram")))).build()).complete();

        // WHEN the bot looks through the channel, as it does after a crash
        Message found = channel().getHistory().retrievePast(1).complete().get(0);

        // THEN the button is found in the component tree and the item points at the stored file
        assertEquals(List.of("https://www.instagram.com/p/back/"), found.getComponentTree()
                .findAll(Button.class).stream().map(Button::getUrl).toList());
        MediaGalleryItem item = found.getComponentTree().findAll(MediaGallery.class).get(0).getItems().get(0);
        assertEquals("alt", item.getDescription());
        assertArrayEquals(bytes(64), discord.attachmentBytes(item.getUrl()).orElseThrow());
        assertEquals(found.getAttachments().get(0).getId(), item.getResolvedMedia().getAttachmentId());
    }

    @Test
    @DisplayName("JDA's default allowed mentions let a caption's @everyone ping: the fake shows it")
    void defaultAllowedMentionsLetEveryonePing() {
        // GIVEN a V2 message with @everyone in its text and JDA's default allowed mentions
        MessageCreateData message = new MessageCreateBuilder().useComponentsV2()
                .addComponents(Container.of(TextDisplay.of("hello @everyone"))).build();

        // WHEN it is sent
        channel().sendMessage(message).complete();

        // THEN it pinged everyone: what a post must never do
        List<PostedMessage> all = posts();
        assertTrue(all.get(all.size() - 1).pingsEveryone());
    }

    @Test
    @DisplayName("an uploaded file that no component shows is refused with 400 Invalid Form Body")
    void anUnshownUploadIsRefused() {
        // GIVEN a gallery of one file, and a second file only attached
        FileUpload shown = FileUpload.fromData(bytes(10), "shown.jpg");
        MessageCreateData message = new MessageCreateBuilder().useComponentsV2()
                .addComponents(Container.of(MediaGallery.of(MediaGalleryItem.fromFile(shown))))
                .addFiles(FileUpload.fromData(bytes(10), "hidden.jpg")).build();
        int before = posts().size();

        // WHEN JDA sends it
        ErrorResponseException refused = assertThrows(ErrorResponseException.class,
                () -> channel().sendMessage(message).complete());

        // THEN Discord's answer, and nothing posted
        assertEquals(ErrorResponse.INVALID_FORM_BODY, refused.getErrorResponse());
        assertEquals(400, refused.getResponse().code);
        assertTrue(refused.getResponse().getObject().toString().contains("ATTACHMENT_NOT_REFERENCED"),
                refused.getResponse().getObject().toString());
        assertEquals(before, posts().size());
    }

    @Test
    @DisplayName("a gallery item naming a file that was not uploaded is refused")
    void aGalleryItemWithoutItsFileIsRefused() {
        // GIVEN an item pointing at attachment://missing.jpg, nothing uploaded
        MessageCreateData message = new MessageCreateBuilder().useComponentsV2()
                .addComponents(MediaGallery.of(MediaGalleryItem.fromUrl("attachment://missing.jpg"))).build();

        // WHEN / THEN
        ErrorResponseException refused = assertThrows(ErrorResponseException.class,
                () -> channel().sendMessage(message).complete());
        assertEquals(ErrorResponse.INVALID_FORM_BODY, refused.getErrorResponse());
    }

    @Test
    @DisplayName("40 components in the tree are taken; JDA itself refuses the 41st before sending")
    void fortyComponentsAreTheLimit() {
        // GIVEN a container (1) of 13 action rows (13) of 2 buttons (26) = 40
        List<ContainerChildComponent> rows = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            rows.add(ActionRow.of(Button.link("https://example.com/" + i, "a" + i),
                    Button.link("https://example.com/b" + i, "b" + i)));
        }
        MessageCreateBuilder forty = new MessageCreateBuilder().useComponentsV2().addComponents(Container.of(rows));

        // WHEN sent
        channel().sendMessage(forty.build()).complete();

        // THEN kept, all 26 buttons readable; and one more component is stopped by JDA, client-side
        List<PostedMessage> all = posts();
        assertEquals(26, all.get(all.size() - 1).buttons().size());
        forty.addComponents(TextDisplay.of("one too many"));
        assertThrows(IllegalStateException.class, forty::build);
    }

    @Test
    @DisplayName("uploads over the 10 MiB limit are refused with 413, which JDA does not check itself")
    void uploadsOverTheLimitAreRefused() {
        // GIVEN two files of 6 MiB each in one gallery: each fits, together they do not
        FileUpload a = FileUpload.fromData(new byte[6 << 20], "v1.mp4");
        FileUpload b = FileUpload.fromData(new byte[6 << 20], "v2.mp4");
        MessageCreateData message = new MessageCreateBuilder().useComponentsV2()
                .addComponents(MediaGallery.of(MediaGalleryItem.fromFile(a), MediaGalleryItem.fromFile(b))).build();
        int before = posts().size();

        // WHEN / THEN
        ErrorResponseException refused = assertThrows(ErrorResponseException.class,
                () -> channel().sendMessage(message).complete());
        assertEquals(ErrorResponse.REQUEST_ENTITY_TOO_LARGE, refused.getErrorResponse());
        assertEquals(before, posts().size());
        assertEquals(10L << 20, channel().getGuild().getMaxFileSize(), "what the bot can ask JDA for");
    }

    @Test
    @DisplayName("a refused V2 reply leaves the interaction unanswered, so a good reply can still follow")
    void aRefusedReplyDoesNotAcknowledge() throws Exception {
        // GIVEN a command handler whose V2 reply uploads a file it does not show
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        onSlash = event -> event.reply(new MessageCreateBuilder().useComponentsV2()
                        .addComponents(TextDisplay.of("status"))
                        .addFiles(FileUpload.fromData(bytes(5), "stray.png")).build())
                .queue(ok -> failure.complete(null), failure::complete);

        // WHEN the command arrives and the handler replies
        SentInteraction command = discord.sendSlashCommand(SlashCommand.of("instagram").subcommand("status"));

        // THEN JDA reports Discord's refusal, and nothing was kept as the reply
        Throwable refused = failure.get(5, TimeUnit.SECONDS);
        assertTrue(refused instanceof ErrorResponseException e
                && e.getErrorResponse() == ErrorResponse.INVALID_FORM_BODY, String.valueOf(refused));
        assertTrue(discord.originalResponse(command).isEmpty());

        // AND a valid reply sent afterwards is taken, not "already acknowledged"
        String body = "{\"type\":4,\"data\":{\"flags\":32768,\"components\":[{\"type\":10,\"content\":\"ok\"}]}}";
        HttpResponse<String> retry = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        discord.restUrl() + "interactions/" + command.id() + "/" + command.token() + "/callback"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, retry.statusCode(), retry.body());
        assertEquals(List.of("ok"), new PostedMessage(discord.originalResponse(command).orElseThrow()).textDisplays());
    }

    @Test
    @DisplayName("JDA sends a V2 gallery without Attach Files unchecked; the fake answers Missing Permissions")
    void galleryUploadsNeedAttachFiles() throws InterruptedException {
        // GIVEN the bot's only role loses Attach Files, and JDA has heard of it
        FakeRole everyone = FakeRole.of(FakeDiscordConfig.GUILD_ID, "@everyone", DiscordPermissions.DEFAULT_EVERYONE, 0);
        discord.updateRole(FakeRole.of(everyone.id(), everyone.name(),
                DiscordPermissions.DEFAULT_EVERYONE & ~DiscordPermissions.ATTACH_FILES, 0));
        try {
            awaitAttachFiles(false);
            MessageCreateData message = new MessageCreateBuilder().useComponentsV2().addComponents(
                    MediaGallery.of(MediaGalleryItem.fromFile(FileUpload.fromData(bytes(8), "p.jpg")))).build();

            // WHEN the post is sent
            ErrorResponseException refused = assertThrows(ErrorResponseException.class,
                    () -> channel().sendMessage(message).complete());

            // THEN it reached Discord (no local check) and Discord said no
            assertEquals(ErrorResponse.MISSING_PERMISSIONS, refused.getErrorResponse());
        } finally {
            discord.updateRole(everyone);
            awaitAttachFiles(true);
        }
    }

    /** Waits (polling; the gateway event has no callback to wait on) until JDA's cache shows the change. */
    private void awaitAttachFiles(boolean expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (channel().getGuild().getSelfMember().hasPermission(Permission.MESSAGE_ATTACH_FILES) != expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("JDA did not see the role change");
            }
            Thread.sleep(10);
        }
    }
}
