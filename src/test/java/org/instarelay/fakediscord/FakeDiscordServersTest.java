package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildLeaveEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.instarelay.fakediscord.FakeDiscordConfig.APPLICATION_ID;
import static org.instarelay.fakediscord.FakeDiscordConfig.GUILD_ID;
import static org.instarelay.fakediscord.FakeDiscordConfig.SERVER_B_ADMIN;
import static org.instarelay.fakediscord.FakeDiscordConfig.SERVER_B_ADMIN_ROLE_ID;
import static org.instarelay.fakediscord.FakeDiscordConfig.SERVER_B_CHANNEL_ID;
import static org.instarelay.fakediscord.FakeDiscordConfig.SERVER_B_ID;
import static org.instarelay.fakediscord.FakeDiscordConfig.SERVER_B_VIDEO_ROLE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fake with three servers against the real JDA: home (A), server B (bot in it) and a
 * stranger's server C (bot not in it). One fake and one JDA for all tests.
 */
@DisplayName("Fake Discord with several servers")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FakeDiscordServersTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String SERVER_C_ID = "1200000000000000003";
    private static final String SERVER_C_CHANNEL_ID = "1300000000000000201";
    private static final String SERVER_C_BOT_ROLE_ID = "1400000000000000201";
    private static final String SERVER_C_STAFF_ROLE_ID = "1400000000000000202";
    private static final FakeMember STRANGER = FakeMember.user("1500000000000000201", "mallory");

    private final HttpClient http = HttpClient.newHttpClient();
    private final Listener listener = new Listener();
    private FakeDiscord discord;
    private JDA jda;

    /** Hands each event to the future the running test set up. */
    private static final class Listener extends ListenerAdapter {
        volatile CompletableFuture<SlashCommandInteractionEvent> slash = new CompletableFuture<>();
        volatile CompletableFuture<CommandAutoCompleteInteractionEvent> autocomplete = new CompletableFuture<>();
        volatile CompletableFuture<ButtonInteractionEvent> button = new CompletableFuture<>();
        volatile CompletableFuture<GuildJoinEvent> joined = new CompletableFuture<>();
        volatile CompletableFuture<GuildLeaveEvent> left = new CompletableFuture<>();

        @Override
        public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
            event.reply("ok").setEphemeral(true).queue();
            slash.complete(event);
        }

        @Override
        public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
            event.replyChoiceStrings().queue();
            autocomplete.complete(event);
        }

        @Override
        public void onButtonInteraction(ButtonInteractionEvent event) {
            event.deferEdit().queue();
            button.complete(event);
        }

        @Override
        public void onGuildJoin(GuildJoinEvent event) {
            joined.complete(event);
        }

        @Override
        public void onGuildLeave(GuildLeaveEvent event) {
            left.complete(event);
        }
    }

    @BeforeAll
    void start() {
        discord = FakeDiscord.builder()
                .server(FakeDiscordConfig.serverB())
                .server(FakeGuild.builder(SERVER_C_ID, "Stranger's server")
                        .textChannel(SERVER_C_CHANNEL_ID, "c-general")
                        .role(FakeRole.of(SERVER_C_BOT_ROLE_ID, "Bots", DiscordPermissions.MENTION_EVERYONE, 1))
                        .role(FakeRole.of(SERVER_C_STAFF_ROLE_ID, "Staff", 0, 2))
                        .botRoles(SERVER_C_BOT_ROLE_ID)
                        .member(STRANGER)
                        .withoutBot())
                .start();
        discord.seedCommands(null, "instagram"); // left over from an earlier run that registered globally
        jda = JdaTestSupport.start(discord, listener);
    }

    @AfterAll
    void stop() {
        JdaTestSupport.shutdown(jda);
        if (discord != null) {
            discord.close();
        }
    }

    private HttpResponse<String> rest(String method, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(discord.restUrl() + path))
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Authorization", "Bot " + discord.token())
                .header("Content-Type", "application/json")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Test
    @DisplayName("READY lists the servers the bot is in; JDA sees each with its own channels and roles")
    void jdaSeesEveryServerTheBotIsIn() {
        // GIVEN the fake started with A, B and C (C without the bot)
        // WHEN JDA is ready
        // THEN READY listed A and B, and JDA has both with their channels; C is unknown to it
        assertEquals(Set.of(GUILD_ID, SERVER_B_ID), jda.getGuilds().stream().map(Guild::getId).collect(Collectors.toSet()));
        Guild b = jda.getGuildById(SERVER_B_ID);
        assertEquals(List.of("b-instagram", "b-general"), b.getTextChannels().stream().map(TextChannel::getName).toList());
        assertTrue(b.getRoleById(SERVER_B_VIDEO_ROLE_ID).isMentionable());
        assertEquals(false, b.getRoleById(SERVER_B_ADMIN_ROLE_ID).isMentionable());
        assertNull(jda.getGuildById(SERVER_C_ID));
        assertNull(jda.getTextChannelById(SERVER_C_CHANNEL_ID));
    }

    @Test
    @DisplayName("commands are kept per scope: servers A and B registered, the stale global one deleted")
    void commandsAreRegisteredPerScopeAndAStaleGlobalOneCanBeRemoved() {
        // GIVEN a global /instagram left from an earlier run
        List<Command> global = jda.retrieveCommands().complete();
        assertEquals(List.of("instagram"), global.stream().map(Command::getName).toList());

        // WHEN the bot registers on A and B and deletes the global one
        for (String id : List.of(GUILD_ID, SERVER_B_ID)) {
            jda.getGuildById(id).updateCommands().addCommands(Commands.slash("instagram", "Instagram relay")).complete();
        }
        jda.deleteCommandById(global.get(0).getId()).complete();

        // THEN A and B have it, nothing is global, and each server lists only its own
        assertEquals(List.of("instagram"), discord.registeredCommandNames(GUILD_ID));
        assertEquals(List.of("instagram"), discord.registeredCommandNames(SERVER_B_ID));
        assertEquals(List.of(), discord.registeredCommandNames(null));
        assertEquals(List.of(), jda.retrieveCommands().complete());
        Command onB = jda.getGuildById(SERVER_B_ID).retrieveCommands().complete().get(0);
        assertEquals(SERVER_B_ID, discord.registeredCommands(SERVER_B_ID).get(0).path("guild_id").asText());
        // A bulk overwrite naming the command again keeps its id, as Discord does.
        jda.getGuildById(SERVER_B_ID).updateCommands().addCommands(Commands.slash("instagram", "again")).complete();
        assertEquals(onB.getId(), discord.registeredCommands(SERVER_B_ID).get(0).path("id").asText());
    }

    @Test
    @DisplayName("a server the bot is not in answers 403 Missing Access to commands and channel posts")
    void aServerWithoutTheBotIsMissingAccess() throws Exception {
        // GIVEN server C, which the bot is not in
        // WHEN the bot registers commands there, lists them, or posts to its channel
        HttpResponse<String> put = rest("PUT", "applications/" + APPLICATION_ID + "/guilds/" + SERVER_C_ID
                + "/commands", "[{\"name\":\"instagram\",\"description\":\"x\"}]");
        HttpResponse<String> post = rest("POST", "channels/" + SERVER_C_CHANNEL_ID + "/messages",
                "{\"content\":\"hello\"}");
        HttpResponse<String> delete = rest("DELETE", "applications/" + APPLICATION_ID + "/commands/1", "");

        // THEN Discord's answers: 403 50001 twice, nothing stored; an unknown command id is 404 10063
        assertEquals(403, put.statusCode());
        assertEquals(50001, DiscordJson.parse(put.body()).path("code").asInt());
        assertEquals("Missing Access", DiscordJson.parse(put.body()).path("message").asText());
        assertEquals(403, post.statusCode());
        assertEquals(50001, DiscordJson.parse(post.body()).path("code").asInt());
        assertEquals(List.of(), discord.registeredCommandNames(SERVER_C_ID));
        assertTrue(discord.messagesIn(SERVER_C_CHANNEL_ID).stream().noneMatch(m -> m.path("content").asText().equals("hello")));
        assertEquals(404, delete.statusCode());
        assertEquals(10063, DiscordJson.parse(delete.body()).path("code").asInt());
    }

    @Test
    @DisplayName("a post to server B's channel is stored there with B's guild id")
    void postsReachTheChannelOfTheSecondServer() {
        // WHEN JDA posts to B's channel
        Message sent = jda.getTextChannelById(SERVER_B_CHANNEL_ID).sendMessage("to B").complete();

        // THEN it is in that channel, marked with server B
        JsonNode stored = discord.messagesIn(SERVER_B_CHANNEL_ID).stream()
                .filter(m -> m.path("id").asText().equals(sent.getId())).findFirst().orElseThrow();
        assertEquals(SERVER_B_ID, stored.path("guild_id").asText());
        assertEquals(SERVER_B_ID, sent.getGuild().getId());
    }

    @Test
    @DisplayName("a slash command from server B arrives with B, its member's rights and a crafted option verbatim")
    void slashCommandsComeFromTheSecondServer() throws Exception {
        // GIVEN B's admin, who is not in server A
        listener.slash = new CompletableFuture<>();

        // WHEN they run /instagram status naming an account of server A by hand
        SentInteraction sent = discord.sendSlashCommand(SlashCommand.of("instagram").subcommand("status")
                .option("account", "team_a_account").in(SERVER_B_CHANNEL_ID).by(SERVER_B_ADMIN));

        // THEN the bot sees server B, B's channel, the member's Manage Server right, and the value as typed
        SlashCommandInteractionEvent event = await(listener.slash);
        assertEquals(SERVER_B_ID, event.getGuild().getId());
        assertEquals(SERVER_B_CHANNEL_ID, event.getChannel().getId());
        assertTrue(event.getMember().hasPermission(net.dv8tion.jda.api.Permission.MANAGE_SERVER));
        assertEquals("team_a_account", event.getOption("account").getAsString());
        assertEquals(SERVER_B_CHANNEL_ID, sent.channelId());
        discord.awaitRequest(sent.callback(), WAIT);
    }

    @Test
    @DisplayName("autocomplete can be typed in server B")
    void autocompleteComesFromTheSecondServer() throws Exception {
        listener.autocomplete = new CompletableFuture<>();

        // WHEN B's admin types an account name
        SentInteraction sent = discord.sendAutocomplete(SlashCommand.of("instagram").subcommand("pause")
                .option("account", "te").in(SERVER_B_CHANNEL_ID).by(SERVER_B_ADMIN), "account");

        // THEN the bot is asked for choices in server B
        CommandAutoCompleteInteractionEvent event = await(listener.autocomplete);
        assertEquals(SERVER_B_ID, event.getGuild().getId());
        assertEquals("te", event.getFocusedOption().getValue());
        discord.awaitRequest(sent.callback(), WAIT);
    }

    @Test
    @DisplayName("a button on an ephemeral reply in server B comes from server B")
    void buttonsAndModalsComeFromTheSecondServer() throws Exception {
        listener.button = new CompletableFuture<>();

        // WHEN B's admin clicks a button on an ephemeral reply shown in B's channel
        SentInteraction click = discord.sendButtonClick("confirm:disconnect", "1577000000000000000", SERVER_B_ADMIN,
                SERVER_B_CHANNEL_ID);

        // THEN the bot sees the click in server B
        ButtonInteractionEvent event = await(listener.button);
        assertEquals(SERVER_B_ID, event.getGuild().getId());
        assertEquals("confirm:disconnect", event.getComponentId());
        discord.awaitRequest(click.callback(), WAIT);
    }

    @Test
    @DisplayName("interactions Discord would never send are refused by the fake: wrong member, foreign channel option, no bot")
    void impossibleInteractionsAreRefused() {
        // WHEN a test sends what real Discord cannot
        // THEN the fake refuses it rather than letting a test pass on an impossible input
        assertThrows(IllegalArgumentException.class, () -> discord.sendSlashCommand(
                SlashCommand.of("instagram").subcommand("status").in(SERVER_B_CHANNEL_ID))); // ADMIN is not in B
        assertThrows(IllegalArgumentException.class, () -> discord.sendSlashCommand(
                SlashCommand.of("instagram").subcommand("channel").channelOption("channel", FakeDiscordConfig.CHANNEL_ID)
                        .in(SERVER_B_CHANNEL_ID).by(SERVER_B_ADMIN)));
        assertThrows(IllegalArgumentException.class, () -> discord.sendSlashCommand(
                SlashCommand.of("instagram").subcommand("status").in(SERVER_C_CHANNEL_ID).by(STRANGER)));
    }

    @Test
    @DisplayName("a role mention pings only a mentionable role that allowed_mentions lets through")
    void mentionRolesFollowMentionabilityAndAllowedMentions() {
        TextChannel b = jda.getTextChannelById(SERVER_B_CHANNEL_ID);
        String both = "<@&" + SERVER_B_VIDEO_ROLE_ID + "> <@&" + SERVER_B_ADMIN_ROLE_ID + ">";

        // WHEN the bot mentions Video (mentionable) and B Admins (not) with JDA's default allowed mentions,
        // with none allowed, and with only Video allowed
        Message byDefault = b.sendMessage(both).complete();
        Message none = b.sendMessage(both).setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)).complete();
        Message onlyVideo = b.sendMessage(both).setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRoles(SERVER_B_VIDEO_ROLE_ID).complete();

        // THEN only Video is pinged, and only where allowed; what the bot allowed is readable
        assertEquals(List.of(SERVER_B_VIDEO_ROLE_ID), FakeDiscord.mentionRoles(stored(byDefault)));
        assertEquals(List.of(), FakeDiscord.mentionRoles(stored(none)));
        assertEquals(List.of(SERVER_B_VIDEO_ROLE_ID), FakeDiscord.mentionRoles(stored(onlyVideo)));
        JsonNode allowed = discord.allowedMentions(onlyVideo.getId()).orElseThrow();
        assertEquals(0, allowed.path("parse").size());
        assertEquals(SERVER_B_VIDEO_ROLE_ID, allowed.path("roles").get(0).asText());
    }

    @Test
    @DisplayName("with Mention Everyone the bot pings a role that is not mentionable")
    void mentionEveryoneLetsTheBotPingAnyRole() {
        // GIVEN server B's @everyone (the bot's only role there) gains Mention Everyone
        FakeRole everyone = discord.config().guild(SERVER_B_ID).orElseThrow().role(SERVER_B_ID).orElseThrow();
        discord.updateRole(SERVER_B_ID, everyone.withPermissions(everyone.permissions() | DiscordPermissions.MENTION_EVERYONE));
        try {
            // WHEN it mentions B Admins
            Message sent = jda.getTextChannelById(SERVER_B_CHANNEL_ID)
                    .sendMessage("<@&" + SERVER_B_ADMIN_ROLE_ID + ">").complete();

            // THEN the role is pinged
            assertEquals(List.of(SERVER_B_ADMIN_ROLE_ID), FakeDiscord.mentionRoles(stored(sent)));
        } finally {
            discord.updateRole(SERVER_B_ID, everyone);
        }
    }

    @Test
    @DisplayName("a Text Display of a V2 post in server B pings B's mentionable role only, and names B's member")
    void componentsV2TextPingsByTheChannelsServer() throws Exception {
        // GIVEN a V2 post for server B whose text mentions Video (mentionable), B Admins (not) and carol
        String text = "<@&" + SERVER_B_VIDEO_ROLE_ID + "> <@&" + SERVER_B_ADMIN_ROLE_ID + "> <@" + SERVER_B_ADMIN.id() + ">";
        String body = "{\"flags\":32768,\"components\":[{\"type\":17,\"components\":[{\"type\":10,\"content\":\""
                + text + "\"}]}]}";

        // WHEN it is posted without allowed_mentions (everything may ping)
        HttpResponse<String> post = rest("POST", "channels/" + SERVER_B_CHANNEL_ID + "/messages", body);

        // THEN only Video and carol are pinged, as server B's rules say
        assertEquals(200, post.statusCode(), post.body());
        PostedMessage posted = new PostedMessage(DiscordJson.parse(post.body()));
        assertEquals(List.of(SERVER_B_VIDEO_ROLE_ID), posted.pingedRoles());
        assertEquals(List.of(SERVER_B_ADMIN.id()), posted.pingedUsers());
    }

    @Test
    @DisplayName("a post is checked against the bot's permissions in its channel's server: B without Send Messages refuses, home takes it")
    void postPermissionsFollowTheChannelsServer() throws Exception {
        // GIVEN server B's @everyone (the bot's only role there) loses Send Messages
        FakeRole everyone = discord.config().guild(SERVER_B_ID).orElseThrow().role(SERVER_B_ID).orElseThrow();
        discord.updateRole(SERVER_B_ID, everyone.withPermissions(everyone.permissions() & ~DiscordPermissions.SEND_MESSAGES));
        try {
            // WHEN the bot posts to a channel of B and to one of the home server
            HttpResponse<String> inB = rest("POST", "channels/" + SERVER_B_CHANNEL_ID + "/messages", "{\"content\":\"to B\"}");
            HttpResponse<String> atHome = rest("POST", "channels/" + FakeDiscordConfig.CHANNEL_ID + "/messages",
                    "{\"content\":\"home\"}");

            // THEN B answers Missing Permissions and keeps nothing; home posts it
            assertEquals(403, inB.statusCode());
            assertEquals(50013, DiscordJson.parse(inB.body()).path("code").asInt());
            assertTrue(discord.messagesIn(SERVER_B_CHANNEL_ID).stream().noneMatch(m -> m.path("content").asText().equals("to B")));
            assertEquals(200, atHome.statusCode(), atHome.body());
        } finally {
            discord.updateRole(SERVER_B_ID, everyone);
        }
    }

    @Test
    @DisplayName("allowed_mentions with parse roles and a roles list is Discord's 400 Invalid Form Body")
    void contradictoryAllowedMentionsAreRefused() throws Exception {
        // WHEN a post names roles both ways
        HttpResponse<String> post = rest("POST", "channels/" + SERVER_B_CHANNEL_ID + "/messages",
                "{\"content\":\"x\",\"allowed_mentions\":{\"parse\":[\"roles\"],\"roles\":[\"" + SERVER_B_VIDEO_ROLE_ID + "\"]}}");

        // THEN 400 50035 and nothing is posted
        assertEquals(400, post.statusCode());
        assertEquals(50035, DiscordJson.parse(post.body()).path("code").asInt());
        assertTrue(discord.messagesIn(SERVER_B_CHANNEL_ID).stream().noneMatch(m -> m.path("content").asText().equals("x")));
    }

    @Test
    @DisplayName("the bot can be added to a server and removed from it while running")
    void theBotJoinsAndLeavesAServer() throws Exception {
        listener.joined = new CompletableFuture<>();
        listener.left = new CompletableFuture<>();

        // WHEN someone adds the bot to C
        discord.addBotToServer(SERVER_C_ID);

        // THEN JDA gets C with its channel and the bot's role there (Mention Everyone), and a post
        // there pings even C's role that is not mentionable
        Guild c = await(listener.joined).getGuild();
        assertEquals(SERVER_C_ID, c.getId());
        assertTrue(c.getSelfMember().hasPermission(net.dv8tion.jda.api.Permission.MESSAGE_MENTION_EVERYONE));
        assertEquals(false, c.getRoleById(SERVER_C_STAFF_ROLE_ID).isMentionable());
        Message sent = jda.getTextChannelById(SERVER_C_CHANNEL_ID).sendMessage("hi <@&" + SERVER_C_STAFF_ROLE_ID + ">")
                .complete();
        assertEquals(List.of(SERVER_C_STAFF_ROLE_ID), FakeDiscord.mentionRoles(stored(sent)));
        assertEquals(1, discord.messagesIn(SERVER_C_CHANNEL_ID).size());

        // WHEN the bot is removed again
        discord.removeBotFromServer(SERVER_C_ID);

        // THEN JDA forgets C and REST refuses its channel
        assertEquals(SERVER_C_ID, await(listener.left).getGuild().getId());
        assertEquals(403, rest("POST", "channels/" + SERVER_C_CHANNEL_ID + "/messages", "{\"content\":\"x\"}").statusCode());
    }

    private JsonNode stored(Message sent) {
        return discord.messagesIn(sent.getChannelId()).stream()
                .filter(m -> m.path("id").asText().equals(sent.getId())).findFirst().orElseThrow();
    }
}
