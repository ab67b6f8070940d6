package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.utils.FileUpload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proves the fake against the real JDA 6.3.1: login, guild cache, command registration, uploads,
 * every interaction kind, and what JDA does with error answers. One fake and one JDA serve all
 * tests (start-up is the slow part); each test tells its requests apart by a unique marker.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FakeDiscordTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String DOOMED_CHANNEL_ID = "1300000000000000003";
    private static final String POST = "channels/\\d+/messages";

    private FakeDiscord discord;
    private JDA jda;
    private final Listener listener = new Listener();

    /** Routes events to whatever the running test installed. */
    private static final class Listener extends ListenerAdapter {
        volatile Consumer<SlashCommandInteractionEvent> onSlash = e -> {};
        volatile Consumer<ButtonInteractionEvent> onButton = e -> {};
        volatile Consumer<ModalInteractionEvent> onModal = e -> {};
        volatile Consumer<CommandAutoCompleteInteractionEvent> onAutocomplete = e -> {};

        @Override
        public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
            onSlash.accept(event);
        }

        @Override
        public void onButtonInteraction(ButtonInteractionEvent event) {
            onButton.accept(event);
        }

        @Override
        public void onModalInteraction(ModalInteractionEvent event) {
            onModal.accept(event);
        }

        @Override
        public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
            onAutocomplete.accept(event);
        }
    }

    @BeforeAll
    void start() {
        discord = FakeDiscord.builder()
                .textChannel(FakeDiscordConfig.CHANNEL_ID, "instagram")
                .textChannel(FakeDiscordConfig.OTHER_CHANNEL_ID, "general")
                .textChannel(DOOMED_CHANNEL_ID, "doomed")
                .start();
        jda = JdaTestSupport.start(discord, listener);
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

    private static Predicate<RecordedRequest> postWithContent(String content) {
        return r -> r.is("POST", POST) && r.payload() != null && content.equals(r.payload().path("content").asText());
    }

    @Test
    void permissionNumbersAgreeWithJda() {
        assertEquals(19456, Permission.getRaw(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
                Permission.MESSAGE_EMBED_LINKS));
        assertEquals(52224, Permission.getRaw(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
                Permission.MESSAGE_EMBED_LINKS, Permission.MESSAGE_ATTACH_FILES));
        assertEquals(Permission.getRaw(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND, Permission.MESSAGE_EMBED_LINKS,
                Permission.MESSAGE_ATTACH_FILES, Permission.MESSAGE_HISTORY), DiscordPermissions.DEFAULT_EVERYONE);
        assertEquals(Permission.MANAGE_SERVER.getRawValue(), DiscordPermissions.MANAGE_SERVER);
        assertEquals(Permission.ADMINISTRATOR.getRawValue(), DiscordPermissions.ADMINISTRATOR);
        assertEquals(Permission.USE_APPLICATION_COMMANDS.getRawValue(), DiscordPermissions.USE_APPLICATION_COMMANDS);
    }

    @Test
    void loginShowsTheGuildItsChannelsRolesAndMembers() {
        RecordedRequest self = discord.awaitRequest(RecordedRequest.to("GET", "users/@me"), WAIT);
        assertEquals("Bot " + FakeDiscordConfig.DEFAULT_TOKEN, self.header("Authorization").orElseThrow());
        JsonNode identify = discord.gatewayFramesReceived().stream()
                .filter(f -> f.path("op").asInt() == 2).findFirst().orElseThrow();
        assertEquals(1, identify.path("d").path("intents").asInt(), "JDA always sends GUILDS (1), nothing else");
        // JDA heartbeats as soon as HELLO arrives (then every heartbeat_interval); the fake ACKs each.
        discord.awaitGatewayFrame(f -> f.path("op").asInt() == 1, WAIT);
        assertTrue(discord.lastSequence() >= 2, "READY and GUILD_CREATE were numbered");

        assertEquals(FakeDiscordConfig.APPLICATION_ID, jda.getSelfUser().getApplicationId());
        Guild guild = jda.getGuildById(FakeDiscordConfig.GUILD_ID);
        assertNotNull(guild);
        assertEquals(List.of("instagram", "general", "doomed"),
                guild.getTextChannels().stream().map(TextChannel::getName).toList());
        Member self1 = guild.getSelfMember();
        assertTrue(self1.hasPermission(channel(), Permission.MESSAGE_SEND, Permission.MESSAGE_EMBED_LINKS,
                Permission.MESSAGE_ATTACH_FILES));
        assertFalse(self1.hasPermission(Permission.MANAGE_SERVER));
        assertTrue(guild.getRoleById(FakeDiscordConfig.ADMIN_ROLE_ID).hasPermission(Permission.MANAGE_SERVER));
    }

    @Test
    void guildCommandRegistrationIsRecordedAndAnsweredWithIds() {
        List<Command> commands = jda.getGuildById(FakeDiscordConfig.GUILD_ID).updateCommands()
                .addCommands(Commands.slash("instagram", "Instagram relay").addSubcommands(
                        new SubcommandData("status", "Show status"),
                        new SubcommandData("connect", "Connect").addOption(OptionType.STRING, "code", "code", true)))
                .complete();

        RecordedRequest put = discord.awaitRequest(RecordedRequest.to("PUT",
                "applications/" + FakeDiscordConfig.APPLICATION_ID + "/guilds/" + FakeDiscordConfig.GUILD_ID
                        + "/commands"), WAIT);
        assertEquals("instagram", put.json().get(0).path("name").asText());
        assertEquals(2, put.json().get(0).path("options").size());
        assertEquals(1, commands.size());
        assertEquals("instagram", commands.get(0).getName());
        assertEquals(2, commands.get(0).getSubcommands().size());
        assertEquals(discord.registeredCommands(FakeDiscordConfig.GUILD_ID).get(0).path("id").asText(),
                commands.get(0).getId());
    }

    @Test
    void embedWithAttachmentIsPostedAsMultipart() {
        byte[] jpeg = new byte[1234];
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[1233] = (byte) 0xD9; // bytes above 127 must survive the multipart parsing
        String caption = "caption " + UUID.randomUUID();
        MessageEmbed embed = new EmbedBuilder().setDescription(caption).setImage("attachment://a.jpg").build();

        Message sent = channel().sendMessageEmbeds(embed).addFiles(FileUpload.fromData(jpeg, "a.jpg")).complete();

        RecordedRequest post = discord.awaitRequest(r -> r.is("POST", "channels/" + FakeDiscordConfig.CHANNEL_ID
                + "/messages") && caption.equals(r.payload().path("embeds").path(0).path("description").asText()), WAIT);
        assertTrue(post.header("Content-Type").orElseThrow().startsWith("multipart/form-data"));
        JsonNode payload = post.payload();
                assertEquals("attachment://a.jpg", payload.path("embeds").get(0).path("image").path("url").asText());
        assertEquals("a.jpg", payload.path("attachments").get(0).path("filename").asText());
        MultipartPart file = post.files().get(0);
        assertEquals("files[0]", file.name());
        assertEquals("a.jpg", file.filename());
        assertEquals(1234, file.size());
        assertEquals((byte) 0xD9, file.content()[1233]);

        assertEquals(1, sent.getAttachments().size());
        assertEquals(1234, sent.getAttachments().get(0).getSize());
        assertEquals(sent.getAttachments().get(0).getUrl(), sent.getEmbeds().get(0).getImage().getUrl());
        assertEquals(sent.getId(), discord.messagesIn(FakeDiscordConfig.CHANNEL_ID).stream()
                .filter(m -> m.path("id").asText().equals(sent.getId())).findFirst().orElseThrow().path("id").asText());
    }

    @Test
    void historyComesBackNewestFirst() {
        String marker = UUID.randomUUID().toString();
        channel().sendMessage(marker + "-1").complete();
        channel().sendMessage(marker + "-2").complete();

        List<Message> history = channel().getHistory().retrievePast(2).complete();

        assertEquals(List.of(marker + "-2", marker + "-1"), history.stream().map(Message::getContentRaw).toList());
    }

    @Test
    void slashCommandGetsAnEphemeralReply() {
        CompletableFuture<String> seen = new CompletableFuture<>();
        listener.onSlash = event -> {
            seen.complete(event.getFullCommandName() + " admin=" + event.getMember().hasPermission(Permission.MANAGE_SERVER));
            event.reply("only you see this").setEphemeral(true).queue();
        };

        SentInteraction asMember = discord.sendSlashCommand(
                SlashCommand.of("instagram").subcommand("status").by(FakeDiscordConfig.MEMBER));

        RecordedRequest callback = discord.awaitRequest(asMember.callback(), WAIT);
        assertEquals("instagram status admin=false", seen.join());
        assertEquals(4, callback.json().path("type").asInt());
        assertEquals(64, callback.json().path("data").path("flags").asInt());
        assertEquals("only you see this", callback.json().path("data").path("content").asText());
        assertTrue(callback.hasQuery("with_response", "true"), "JDA 6.3.1 asks for the callback response");
        assertEquals(200, callback.status());
        assertEquals("only you see this", discord.originalResponse(asMember).orElseThrow().path("content").asText());

        CompletableFuture<String> admin = new CompletableFuture<>();
        listener.onSlash = event -> {
            admin.complete("admin=" + event.getMember().hasPermission(Permission.MANAGE_SERVER));
            event.reply("ok").setEphemeral(true).queue();
        };
        SentInteraction asAdmin = discord.sendSlashCommand(
                SlashCommand.of("instagram").subcommand("status").by(FakeDiscordConfig.ADMIN));
        discord.awaitRequest(asAdmin.callback(), WAIT);
        assertEquals("admin=true", admin.join());
    }

    @Test
    void deferredReplyIsEditedThroughTheHook() {
        listener.onSlash = event -> {
            String code = event.getOption("code").getAsString();
            event.deferReply(true).queue();
            event.getHook().editOriginal("Connected with " + code).queue();
        };

        SentInteraction interaction = discord.sendSlashCommand(
                SlashCommand.of("instagram").subcommand("connect").option("code", "AQBx#_"));

        RecordedRequest callback = discord.awaitRequest(interaction.callback(), WAIT);
        assertEquals(5, callback.json().path("type").asInt());
        assertEquals(64, callback.json().path("data").path("flags").asInt());
        RecordedRequest edit = discord.awaitRequest(interaction.originalEdit(), WAIT);
        assertTrue(edit.rawPath().endsWith("/messages/%40original"), edit.rawPath());
        assertTrue(edit.path().startsWith("webhooks/" + FakeDiscordConfig.APPLICATION_ID + "/"));
        assertEquals("Connected with AQBx#_", edit.json().path("content").asText());
        assertEquals(200, edit.status());
        JsonNode original = discord.originalResponse(interaction).orElseThrow();
        assertEquals("Connected with AQBx#_", original.path("content").asText());
        assertEquals(64, original.path("flags").asInt(), "still ephemeral, no longer loading");
    }

    @Test
    void anEditCannotMakeAnEphemeralReplyPublic() {
        // JDA sends "flags" with an edit built from create data; Discord lets an edit change only
        // SUPPRESS_EMBEDS and IS_COMPONENTS_V2, so the reply stays ephemeral.
        listener.onSlash = event -> {
            event.deferReply(true).queue();
            event.getHook().editOriginal(net.dv8tion.jda.api.utils.messages.MessageEditData.fromCreateData(
                    new net.dv8tion.jda.api.utils.messages.MessageCreateBuilder().setContent("done").build())).queue();
        };

        SentInteraction interaction = discord.sendSlashCommand(SlashCommand.of("instagram").subcommand("connect"));

        RecordedRequest edit = discord.awaitRequest(interaction.originalEdit(), WAIT);
        assertTrue(edit.payload().has("flags"), edit.bodyText());
        JsonNode original = discord.originalResponse(interaction).orElseThrow();
        assertEquals("done", original.path("content").asText());
        assertEquals(64, original.path("flags").asInt(), "still ephemeral, no longer loading");
    }

    @Test
    void firstFollowupAfterADeferReplacesTheThinkingMessage() {
        listener.onSlash = event -> {
            event.deferReply(true).queue();
            event.getHook().sendMessage("first").queue(m -> event.getHook().sendMessage("second").queue());
        };

        SentInteraction interaction = discord.sendSlashCommand(SlashCommand.of("instagram").subcommand("poll"));

        List<RecordedRequest> posts = discord.awaitRequests(interaction.followup(), 2, WAIT);
        assertTrue(posts.get(0).hasQuery("wait", "true"));
        assertEquals("first", discord.originalResponse(interaction).orElseThrow().path("content").asText());
        assertEquals(List.of("second"), discord.followups(interaction).stream()
                .map(m -> m.path("content").asText()).toList());
    }

    @Test
    void buttonClickOnAPostedMessage() {
        Message posted = channel().sendMessage("disconnect?")
                .addComponents(ActionRow.of(Button.danger("confirm-disconnect", "Disconnect"))).complete();
        CompletableFuture<String> clicked = new CompletableFuture<>();
        listener.onButton = event -> {
            clicked.complete(event.getComponentId() + " label=" + event.getButton().getLabel()
                    + " by " + event.getUser().getName());
            event.editMessage("disconnected").setComponents().queue();
        };

        SentInteraction click = discord.sendButtonClick("confirm-disconnect", posted.getId(), FakeDiscordConfig.ADMIN);

        RecordedRequest callback = discord.awaitRequest(click.callback(), WAIT);
        assertEquals("confirm-disconnect label=Disconnect by alice", clicked.join());
        assertEquals(7, callback.json().path("type").asInt());
        JsonNode updated = discord.messagesIn(FakeDiscordConfig.CHANNEL_ID).stream()
                .filter(m -> m.path("id").asText().equals(posted.getId())).findFirst().orElseThrow();
        assertEquals("disconnected", updated.path("content").asText());
        assertEquals(0, updated.path("components").size());
    }

    @Test
    void modalSubmitCarriesTheTextInputs() {
        CompletableFuture<String> value = new CompletableFuture<>();
        listener.onModal = event -> {
            value.complete(event.getModalId() + ":" + event.getValue("code").getAsString());
            event.reply("thanks").setEphemeral(true).queue();
        };

        SentInteraction submit = discord.sendModalSubmit("paste-code", Map.of("code", "https://x/?code=AQB#_"));

        discord.awaitRequest(submit.callback(), WAIT);
        assertEquals("paste-code:https://x/?code=AQB#_", value.join());
    }

    @Test
    void autocompleteIsAnsweredWithChoices() {
        listener.onAutocomplete = event -> event.replyChoice("@" + event.getFocusedOption().getValue() + "_shop",
                "shop").queue();

        SentInteraction typing = discord.sendAutocomplete(
                SlashCommand.of("instagram").subcommand("status").option("account", "acme"), "account");

        RecordedRequest callback = discord.awaitRequest(typing.callback(), WAIT);
        assertEquals(8, callback.json().path("type").asInt());
        assertEquals("@acme_shop", callback.json().path("data").path("choices").get(0).path("name").asText());
    }

    @Test
    void badTokenFailsLoginQuickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThrows(InvalidTokenException.class, () -> JdaTestSupport
                    .builder("wrong-token", discord.restUrl(), discord.gatewayUrl()).build());
        });
        RecordedRequest refused = discord.awaitRequest(
                r -> r.is("GET", "users/@me") && r.header("Authorization").orElse("").equals("Bot wrong-token"), WAIT);
        assertEquals(401, refused.status());
    }

    @Test
    void a500IsNotRetriedButFailsTheRequest() {
        String marker = "500-" + UUID.randomUUID();
        discord.failNext("POST", POST, 500, Fault.INTERNAL_ERROR, 1);

        ErrorResponseException error = assertThrows(ErrorResponseException.class,
                () -> channel().sendMessage(marker).complete());

        assertEquals(500, error.getErrorCode() == 0 ? error.getResponse().code : error.getErrorCode());
        assertEquals(1, discord.requests(postWithContent(marker)).size(), "JDA 6.3.1 does not retry 500");
        channel().sendMessage(marker).complete(); // the next one goes through
    }

    @Test
    void a502IsRetriedAfterHalfASecond() {
        String marker = "502-" + UUID.randomUUID();
        discord.failNext("POST", POST, 502, Fault.INTERNAL_ERROR, 1);

        Message sent = channel().sendMessage(marker).complete();

        List<RecordedRequest> attempts = discord.requests(postWithContent(marker));
        assertEquals(List.of(502, 200), attempts.stream().map(RecordedRequest::status).toList());
        assertEquals(marker, sent.getContentRaw());
    }

    @Test
    void a429IsWaitedOutAndRetried() {
        String marker = "429-" + UUID.randomUUID();
        discord.rateLimitNext("POST", POST, 0.05, 1);

        long start = System.nanoTime();
        Message sent = channel().sendMessage(marker).complete();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        List<RecordedRequest> attempts = discord.requests(postWithContent(marker));
        assertEquals(List.of(429, 200), attempts.stream().map(RecordedRequest::status).toList());
        assertEquals(marker, sent.getContentRaw());
        // JDA rounds retry_after up to whole seconds: 0.05 s becomes a 1 s wait.
        assertTrue(millis >= 900, "waited " + millis + " ms");
    }

    @Test
    void missingPermissionsSurfacesAsErrorResponse() {
        discord.failNext("POST", POST, 403, Fault.MISSING_PERMISSIONS, 1);

        ErrorResponseException error = assertThrows(ErrorResponseException.class,
                () -> channel().sendMessage("403").complete());

        assertEquals(ErrorResponse.MISSING_PERMISSIONS, error.getErrorResponse());
    }

    @Test
    void aDeletedChannelAnswersUnknownChannel() {
        discord.deleteChannel(DOOMED_CHANNEL_ID);

        ErrorResponseException error = assertThrows(ErrorResponseException.class,
                () -> jda.getTextChannelById(DOOMED_CHANNEL_ID).sendMessage("anyone?").complete());

        assertEquals(ErrorResponse.UNKNOWN_CHANNEL, error.getErrorResponse());
        assertEquals(404, discord.requests(RecordedRequest.to("POST", "channels/" + DOOMED_CHANNEL_ID + "/messages"))
                .get(0).status());
    }
}
