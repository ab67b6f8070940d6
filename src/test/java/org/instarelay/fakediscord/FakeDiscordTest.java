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
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
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
@DisplayName("The fake Discord against the real JDA")
class FakeDiscordTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String DOOMED_CHANNEL_ID = "1300000000000000003";
    private static final String POST = "channels/\\d+/messages";

    /** Closed by JUnit after {@link #stop()} has shut JDA down. */
    @AutoClose
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
    }

    private TextChannel channel() {
        return jda.getTextChannelById(FakeDiscordConfig.CHANNEL_ID);
    }

    private static Predicate<RecordedRequest> postWithContent(String content) {
        return r -> r.is("POST", POST) && r.payload() != null && content.equals(r.payload().path("content").asText());
    }

    @Test
    @DisplayName("the fake's permission numbers are JDA's")
    void permissionNumbersAgreeWithJda() {
        // GIVEN the permission numbers the fake uses
        // WHEN JDA computes the same permissions
        // THEN the numbers agree
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
    @DisplayName("JDA logs in and sees the guild with its channels, roles and members")
    void loginShowsTheGuildItsChannelsRolesAndMembers() {
        // GIVEN the fake started with three channels and JDA logged in (start)
        // WHEN the login requests, gateway frames and JDA's cache are looked at
        RecordedRequest self = discord.awaitRequest(RecordedRequest.to("GET", "users/@me"), WAIT);
        // THEN JDA sent the token and GUILDS and heartbeats, and sees the guild, its channels, its roles
        // and its own permissions
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
    @DisplayName("registering guild commands is recorded and answered with ids")
    void guildCommandRegistrationIsRecordedAndAnsweredWithIds() {
        // GIVEN JDA logged in
        // WHEN it registers /instagram with two subcommands in the guild
        List<Command> commands = jda.getGuildById(FakeDiscordConfig.GUILD_ID).updateCommands()
                .addCommands(Commands.slash("instagram", "Instagram relay").addSubcommands(
                        new SubcommandData("status", "Show status"),
                        new SubcommandData("connect", "Connect").addOption(OptionType.STRING, "code", "code", true)))
                .complete();

        // THEN the PUT is recorded with the command, and JDA gets it back with the fake's id
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
    @DisplayName("an embed with an attachment goes as multipart and keeps every byte")
    void embedWithAttachmentIsPostedAsMultipart() {
        // GIVEN a picture with bytes above 127 and an embed that shows it
        byte[] jpeg = new byte[1234];
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[1233] = (byte) 0xD9; // bytes above 127 must survive the multipart parsing
        String caption = "caption " + UUID.randomUUID();
        MessageEmbed embed = new EmbedBuilder().setDescription(caption).setImage("attachment://a.jpg").build();

        // WHEN JDA posts them
        Message sent = channel().sendMessageEmbeds(embed).addFiles(FileUpload.fromData(jpeg, "a.jpg")).complete();

        // THEN the fake got multipart with the payload and the whole file, and JDA sees the attachment in the embed
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
    @DisplayName("message history comes back newest first")
    void historyComesBackNewestFirst() {
        // GIVEN two messages posted one after the other
        String marker = UUID.randomUUID().toString();
        channel().sendMessage(marker + "-1").complete();
        channel().sendMessage(marker + "-2").complete();

        // WHEN JDA reads the last two
        List<Message> history = channel().getHistory().retrievePast(2).complete();

        // THEN the second comes first
        assertEquals(List.of(marker + "-2", marker + "-1"), history.stream().map(Message::getContentRaw).toList());
    }

    @Test
    @DisplayName("a slash command reaches JDA with the member's rights and gets an ephemeral reply")
    void slashCommandGetsAnEphemeralReply() {
        // GIVEN a listener that replies ephemerally
        CompletableFuture<String> seen = new CompletableFuture<>();
        listener.onSlash = event -> {
            seen.complete(event.getFullCommandName() + " admin=" + event.getMember().hasPermission(Permission.MANAGE_SERVER));
            event.reply("only you see this").setEphemeral(true).queue();
        };

        // WHEN a member runs /instagram status
        SentInteraction asMember = discord.sendSlashCommand(
                SlashCommand.of("instagram").subcommand("status").by(FakeDiscordConfig.MEMBER));

        // THEN the listener saw a non-admin, and the callback is an ephemeral reply stored as the original response
        RecordedRequest callback = discord.awaitRequest(asMember.callback(), WAIT);
        assertEquals("instagram status admin=false", seen.join());
        assertEquals(4, callback.json().path("type").asInt());
        assertEquals(64, callback.json().path("data").path("flags").asInt());
        assertEquals("only you see this", callback.json().path("data").path("content").asText());
        assertTrue(callback.hasQuery("with_response", "true"), "JDA 6.3.1 asks for the callback response");
        assertEquals(200, callback.status());
        assertEquals("only you see this", discord.originalResponse(asMember).orElseThrow().path("content").asText());

        // WHEN an admin runs it
        CompletableFuture<String> admin = new CompletableFuture<>();
        listener.onSlash = event -> {
            admin.complete("admin=" + event.getMember().hasPermission(Permission.MANAGE_SERVER));
            event.reply("ok").setEphemeral(true).queue();
        };
        SentInteraction asAdmin = discord.sendSlashCommand(
                SlashCommand.of("instagram").subcommand("status").by(FakeDiscordConfig.ADMIN));
        discord.awaitRequest(asAdmin.callback(), WAIT);
        // THEN the listener sees the admin rights
        assertEquals("admin=true", admin.join());
    }

    @Test
    @DisplayName("a deferred reply is edited through the hook and stays ephemeral")
    void deferredReplyIsEditedThroughTheHook() {
        // GIVEN a listener that defers ephemerally and then edits the original
        listener.onSlash = event -> {
            String code = event.getOption("code").getAsString();
            event.deferReply(true).queue();
            event.getHook().editOriginal("Connected with " + code).queue();
        };

        // WHEN /instagram connect is run with a code
        SentInteraction interaction = discord.sendSlashCommand(
                SlashCommand.of("instagram").subcommand("connect").option("code", "AQBx#_"));

        // THEN the callback is a deferred ephemeral one, the edit goes to @original and the reply shows the code
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
    @DisplayName("an edit cannot make an ephemeral reply public")
    void anEditCannotMakeAnEphemeralReplyPublic() {
        // JDA sends "flags" with an edit built from create data; Discord lets an edit change only
        // SUPPRESS_EMBEDS and IS_COMPONENTS_V2, so the reply stays ephemeral.
        // GIVEN a listener that defers ephemerally and edits with data that carries flags
        listener.onSlash = event -> {
            event.deferReply(true).queue();
            event.getHook().editOriginal(net.dv8tion.jda.api.utils.messages.MessageEditData.fromCreateData(
                    new net.dv8tion.jda.api.utils.messages.MessageCreateBuilder().setContent("done").build())).queue();
        };

        // WHEN /instagram connect is run
        SentInteraction interaction = discord.sendSlashCommand(SlashCommand.of("instagram").subcommand("connect"));

        // THEN the edit sent flags, yet the reply is still ephemeral
        RecordedRequest edit = discord.awaitRequest(interaction.originalEdit(), WAIT);
        assertTrue(edit.payload().has("flags"), edit.bodyText());
        JsonNode original = discord.originalResponse(interaction).orElseThrow();
        assertEquals("done", original.path("content").asText());
        assertEquals(64, original.path("flags").asInt(), "still ephemeral, no longer loading");
    }

    @Test
    @DisplayName("the first follow-up after a defer replaces the thinking message")
    void firstFollowupAfterADeferReplacesTheThinkingMessage() {
        // GIVEN a listener that defers and then sends two follow-ups
        listener.onSlash = event -> {
            event.deferReply(true).queue();
            event.getHook().sendMessage("first").queue(m -> event.getHook().sendMessage("second").queue());
        };

        // WHEN /instagram poll is run
        SentInteraction interaction = discord.sendSlashCommand(SlashCommand.of("instagram").subcommand("poll"));

        // THEN the first becomes the original response and only the second is a follow-up
        List<RecordedRequest> posts = discord.awaitRequests(interaction.followup(), 2, WAIT);
        assertTrue(posts.get(0).hasQuery("wait", "true"));
        assertEquals("first", discord.originalResponse(interaction).orElseThrow().path("content").asText());
        assertEquals(List.of("second"), discord.followups(interaction).stream()
                .map(m -> m.path("content").asText()).toList());
    }

    @Test
    @DisplayName("a button click on a posted message reaches JDA, which updates the message")
    void buttonClickOnAPostedMessage() {
        // GIVEN a posted message with a Disconnect button and a listener that edits the message
        Message posted = channel().sendMessage("disconnect?")
                .addComponents(ActionRow.of(Button.danger("confirm-disconnect", "Disconnect"))).complete();
        CompletableFuture<String> clicked = new CompletableFuture<>();
        listener.onButton = event -> {
            clicked.complete(event.getComponentId() + " label=" + event.getButton().getLabel()
                    + " by " + event.getUser().getName());
            event.editMessage("disconnected").setComponents().queue();
        };

        // WHEN an admin clicks the button
        SentInteraction click = discord.sendButtonClick("confirm-disconnect", posted.getId(), FakeDiscordConfig.ADMIN);

        // THEN JDA saw the button and the user, and the message now has the new text and no buttons
        RecordedRequest callback = discord.awaitRequest(click.callback(), WAIT);
        assertEquals("confirm-disconnect label=Disconnect by alice", clicked.join());
        assertEquals(7, callback.json().path("type").asInt());
        JsonNode updated = discord.messagesIn(FakeDiscordConfig.CHANNEL_ID).stream()
                .filter(m -> m.path("id").asText().equals(posted.getId())).findFirst().orElseThrow();
        assertEquals("disconnected", updated.path("content").asText());
        assertEquals(0, updated.path("components").size());
    }

    @Test
    @DisplayName("a modal submit carries its text inputs")
    void modalSubmitCarriesTheTextInputs() {
        // GIVEN a listener for modals
        CompletableFuture<String> value = new CompletableFuture<>();
        listener.onModal = event -> {
            value.complete(event.getModalId() + ":" + event.getValue("code").getAsString());
            event.reply("thanks").setEphemeral(true).queue();
        };

        // WHEN the paste-code modal is submitted with a code
        SentInteraction submit = discord.sendModalSubmit("paste-code", Map.of("code", "https://x/?code=AQB#_"));

        // THEN JDA reads the modal id and the pasted text
        discord.awaitRequest(submit.callback(), WAIT);
        assertEquals("paste-code:https://x/?code=AQB#_", value.join());
    }

    @Test
    @DisplayName("autocomplete is answered with choices")
    void autocompleteIsAnsweredWithChoices() {
        // GIVEN a listener that offers one choice
        listener.onAutocomplete = event -> event.replyChoice("@" + event.getFocusedOption().getValue() + "_shop",
                "shop").queue();

        // WHEN someone types in the account option
        SentInteraction typing = discord.sendAutocomplete(
                SlashCommand.of("instagram").subcommand("status").option("account", "acme"), "account");

        // THEN the callback is an autocomplete answer with that choice
        RecordedRequest callback = discord.awaitRequest(typing.callback(), WAIT);
        assertEquals(8, callback.json().path("type").asInt());
        assertEquals("@acme_shop", callback.json().path("data").path("choices").get(0).path("name").asText());
    }

    @Test
    @DisplayName("a wrong token fails the login at once with 401")
    void badTokenFailsLoginQuickly() {
        // GIVEN a token the fake does not know
        // WHEN JDA logs in with it
        // THEN it fails with InvalidTokenException, and the fake answered 401
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThrows(InvalidTokenException.class, () -> JdaTestSupport
                    .builder("wrong-token", discord.restUrl(), discord.gatewayUrl()).build());
        });
        RecordedRequest refused = discord.awaitRequest(
                r -> r.is("GET", "users/@me") && r.header("Authorization").orElse("").equals("Bot wrong-token"), WAIT);
        assertEquals(401, refused.status());
    }

    @Test
    @DisplayName("a 500 is not retried: the request fails and the next one goes through")
    void a500IsNotRetriedButFailsTheRequest() {
        // GIVEN the next post answers 500
        String marker = "500-" + UUID.randomUUID();
        discord.failNext("POST", POST, 500, Fault.INTERNAL_ERROR, 1);

        // WHEN JDA posts a message
        ErrorResponseException error = assertThrows(ErrorResponseException.class,
                () -> channel().sendMessage(marker).complete());

        // THEN it fails with 500 after one attempt, and the next post goes through
        assertEquals(500, error.getErrorCode() == 0 ? error.getResponse().code : error.getErrorCode());
        assertEquals(1, discord.requests(postWithContent(marker)).size(), "JDA 6.3.1 does not retry 500");
        channel().sendMessage(marker).complete(); // the next one goes through
    }

    @Test
    @DisplayName("a 502 is retried and the message goes out")
    void a502IsRetriedAfterHalfASecond() {
        // GIVEN the next post answers 502
        String marker = "502-" + UUID.randomUUID();
        discord.failNext("POST", POST, 502, Fault.INTERNAL_ERROR, 1);

        // WHEN JDA posts a message
        Message sent = channel().sendMessage(marker).complete();

        // THEN it tried twice (502, then 200) and the message is sent
        List<RecordedRequest> attempts = discord.requests(postWithContent(marker));
        assertEquals(List.of(502, 200), attempts.stream().map(RecordedRequest::status).toList());
        assertEquals(marker, sent.getContentRaw());
    }

    @Test
    @DisplayName("a 429 is waited out and retried")
    void a429IsWaitedOutAndRetried() {
        // GIVEN the next post is rate limited for 0.05 s
        String marker = "429-" + UUID.randomUUID();
        discord.rateLimitNext("POST", POST, 0.05, 1);

        // WHEN JDA posts a message
        Message sent = channel().sendMessage(marker).complete();

        // THEN it tried twice (429, then 200), the retry not before Discord's retry_after had passed
        // (as the fake saw the two requests arrive: what Discord would count)
        List<RecordedRequest> attempts = discord.requests(postWithContent(marker));
        assertEquals(List.of(429, 200), attempts.stream().map(RecordedRequest::status).toList());
        assertEquals(marker, sent.getContentRaw());
        java.time.Duration apart = java.time.Duration.between(attempts.get(0).receivedAt(), attempts.get(1).receivedAt());
        assertTrue(apart.toMillis() >= 50, "the retry came " + apart.toMillis() + " ms after the 429");
    }

    @Test
    @DisplayName("missing permissions reach JDA as MISSING_PERMISSIONS")
    void missingPermissionsSurfacesAsErrorResponse() {
        // GIVEN the next post is refused for missing permissions
        discord.failNext("POST", POST, 403, Fault.MISSING_PERMISSIONS, 1);

        // WHEN JDA posts a message
        ErrorResponseException error = assertThrows(ErrorResponseException.class,
                () -> channel().sendMessage("403").complete());

        // THEN the error is MISSING_PERMISSIONS
        assertEquals(ErrorResponse.MISSING_PERMISSIONS, error.getErrorResponse());
    }

    @Test
    @DisplayName("a deleted channel answers Unknown Channel")
    void aDeletedChannelAnswersUnknownChannel() {
        // GIVEN a channel deleted after JDA cached it
        discord.deleteChannel(DOOMED_CHANNEL_ID);

        // WHEN JDA posts in it
        ErrorResponseException error = assertThrows(ErrorResponseException.class,
                () -> jda.getTextChannelById(DOOMED_CHANNEL_ID).sendMessage("anyone?").complete());

        // THEN the error is UNKNOWN_CHANNEL, answered with 404
        assertEquals(ErrorResponse.UNKNOWN_CHANNEL, error.getErrorResponse());
        assertEquals(404, discord.requests(RecordedRequest.to("POST", "channels/" + DOOMED_CHANNEL_ID + "/messages"))
                .get(0).status());
    }
}
