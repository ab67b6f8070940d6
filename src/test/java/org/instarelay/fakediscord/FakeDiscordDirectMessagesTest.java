package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Direct messages against the real JDA: opening a DM channel, sending in it, and Discord's refusals. */
@DisplayName("Fake Discord: direct messages")
class FakeDiscordDirectMessagesTest {
    /** A member only of a server the bot is not in: Discord knows them, the bot shares no server with them. */
    private static final FakeMember STRANGER = FakeMember.user("1500000000000000301", "erin");

    private FakeDiscord discord;
    private JDA jda;

    @BeforeEach
    void start() {
        discord = FakeDiscord.builder()
                .server(FakeGuild.builder("1200000000000000301", "Elsewhere").textChannel("1300000000000000301", "x")
                        .member(STRANGER).withoutBot().build())
                .start();
        jda = JdaTestSupport.start(discord);
    }

    @AfterEach
    void stop() {
        JdaTestSupport.shutdown(jda);
        discord.close();
    }

    @Test
    @DisplayName("a DM to a member opens a type 1 channel; the message is kept where the test reads it")
    void sendsToAMember() {
        // GIVEN a member of the bot's server
        String alice = FakeDiscordConfig.ADMIN.id();

        // WHEN the bot opens a DM with them and sends a message
        PrivateChannel channel = jda.openPrivateChannelById(alice).complete();
        Message sent = channel.sendMessage("hello there").complete();

        // THEN the channel is a DM with that user
        assertEquals(ChannelType.PRIVATE, channel.getType());
        assertEquals(alice, channel.getUser().getId());
        // AND the message is the user's to read, without a server
        List<JsonNode> received = discord.directMessagesTo(alice);
        assertEquals(1, received.size(), received.toString());
        assertEquals("hello there", received.get(0).path("content").asText());
        assertEquals(sent.getId(), received.get(0).path("id").asText());
        assertTrue(received.get(0).path("guild_id").isMissingNode(), received.get(0).toString());
        assertEquals(List.of(), discord.directMessagesTo(FakeDiscordConfig.MEMBER.id()), "nobody else got it");
    }

    @Test
    @DisplayName("a user with DMs closed: opening works, sending is 400 Cannot send messages to this user (50007)")
    void closedDirectMessages() {
        // GIVEN a member who turned DMs from server members off
        String bob = FakeDiscordConfig.MEMBER.id();
        discord.closeDirectMessages(bob, true);

        // WHEN the bot sends them a message
        PrivateChannel channel = jda.openPrivateChannelById(bob).complete();
        ErrorResponseException refused = assertThrows(ErrorResponseException.class,
                () -> channel.sendMessage("hello").complete());

        // THEN Discord refuses it as it does, and nothing is kept
        assertEquals(ErrorResponse.CANNOT_SEND_TO_USER, refused.getErrorResponse());
        assertEquals(400, refused.getResponse().code);
        assertEquals(List.of(), discord.directMessagesTo(bob));

        // WHEN they open DMs again
        discord.closeDirectMessages(bob, false);
        channel.sendMessage("hello again").complete();

        // THEN the message arrives
        assertEquals(1, discord.directMessagesTo(bob).size());
    }

    @Test
    @DisplayName("a user who shares no server with the bot cannot be sent a DM (50007)")
    void noSharedServer() {
        // WHEN the bot sends a DM to someone only in a server it is not in
        PrivateChannel channel = jda.openPrivateChannelById(STRANGER.id()).complete();
        ErrorResponseException refused = assertThrows(ErrorResponseException.class,
                () -> channel.sendMessage("hello").complete());

        // THEN Discord refuses it
        assertEquals(ErrorResponse.CANNOT_SEND_TO_USER, refused.getErrorResponse());
        assertEquals(List.of(), discord.directMessagesTo(STRANGER.id()));
    }

    @Test
    @DisplayName("a user Discord does not know: opening the DM is 404 Unknown User (10013)")
    void unknownUser() {
        // WHEN the bot opens a DM with an id that is nobody
        ErrorResponseException refused = assertThrows(ErrorResponseException.class,
                () -> jda.openPrivateChannelById("1599999999999999999").complete());

        // THEN Discord says the user is unknown, and no channel was opened
        assertEquals(ErrorResponse.UNKNOWN_USER, refused.getErrorResponse());
        assertEquals(404, refused.getResponse().code);
        assertTrue(discord.directChannelOf("1599999999999999999").isEmpty());
    }

    @Test
    @DisplayName("the same user gets the same DM channel each time, over plain REST too (JDA caches it)")
    void sameChannelEachTime() throws Exception {
        // GIVEN the bot opened a DM with a member
        String first = jda.openPrivateChannelById(FakeDiscordConfig.ADMIN.id()).complete().getId();

        // WHEN it is asked for again without JDA's cache
        HttpResponse<String> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(discord.restUrl() + "users/@me/channels"))
                .header("Authorization", "Bot " + discord.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"recipient_id\":\"" + FakeDiscordConfig.ADMIN.id() + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        // THEN it is the same DM channel
        assertEquals(200, again.statusCode());
        JsonNode channel = DiscordJson.parse(again.body());
        assertEquals(first, channel.path("id").asText());
        assertEquals(DirectChannels.TYPE_DM, channel.path("type").asInt());
        assertEquals(FakeDiscordConfig.ADMIN.id(), channel.path("recipients").path(0).path("id").asText());
    }
}
