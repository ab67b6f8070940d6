package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Direct messages, as Discord gives them to a bot:
 * <ul>
 *   <li>{@code POST users/@me/channels {recipient_id}} opens the DM channel (type 1) with a user, the
 *       same channel every time; a user Discord does not know (no member of any server here) is
 *       404 Unknown User (10013), a missing or malformed id 400 Invalid Form Body (50035).</li>
 *   <li>A message in it ({@code POST channels/{dm}/messages}) follows the message rules and is kept
 *       like a channel post. Discord refuses it with 400 Cannot send messages to this user (50007)
 *       when the user closed DMs from server members, shares no server with the bot, or is a bot.
 *       Opening the channel succeeds in those cases: only the send fails.</li>
 * </ul>
 * The fake's lock (the message store's, held by every request) guards it.
 */
final class DirectChannels {
    /** Discord's channel type for a DM. */
    static final int TYPE_DM = 1;
    static final String CANNOT_SEND = DiscordJson.error("Cannot send messages to this user", 50007);
    static final String UNKNOWN_USER = DiscordJson.error("Unknown User", 10013);
    private static final String INVALID_FORM = DiscordJson.error("Invalid Form Body", 50035);

    private final ServerState servers;
    private final MessageStore store;
    private final Map<String, String> channelOfUser = new HashMap<>();
    private final Map<String, String> userOfChannel = new HashMap<>();
    private final Set<String> closed = new HashSet<>();

    DirectChannels(ServerState servers, MessageStore store) {
        this.servers = servers;
        this.store = store;
    }

    void register(RouteTable table) {
        table.on("POST", "users/@me/channels", this::open);
    }

    private RestResponse open(RestCall call) {
        JsonNode recipient = call.payload() == null ? null : call.payload().get("recipient_id");
        String userId = recipient == null ? "" : recipient.asText();
        if (!userId.matches("\\d{1,20}")) {
            return RestResponse.error(400, INVALID_FORM);
        }
        Optional<FakeMember> user = user(userId);
        if (user.isEmpty()) {
            return RestResponse.error(404, UNKNOWN_USER);
        }
        String channelId = channelOfUser.computeIfAbsent(userId, id -> Snowflakes.next());
        userOfChannel.put(channelId, userId);
        ObjectNode channel = DiscordJson.object();
        channel.put("id", channelId);
        channel.put("type", TYPE_DM);
        channel.putNull("last_message_id");
        channel.put("flags", 0);
        channel.putArray("recipients").add(DiscordJson.user(user.get()));
        return RestResponse.ok(channel);
    }

    /** Whether the channel is a DM channel this fake opened. */
    boolean isDirect(String channelId) {
        return userOfChannel.containsKey(channelId);
    }

    /** A message in a DM channel: refused as Discord refuses it, else kept. */
    RestResponse post(RestCall call, String channelId) {
        String userId = userOfChannel.get(channelId);
        FakeMember user = user(userId).orElseThrow();
        if (closed.contains(userId) || user.bot() || !sharesServerWithBot(userId)) {
            return RestResponse.error(400, CANNOT_SEND);
        }
        return RestResponse.ok(store.postToChannel(channelId, call.payload(), call.parts()));
    }

    /** The user closes (true) or opens DMs from server members. */
    void setClosed(String userId, boolean closedNow) {
        if (closedNow) {
            closed.add(userId);
        } else {
            closed.remove(userId);
        }
    }

    /** The DM channel opened with the user, if one was. */
    Optional<String> channelOf(String userId) {
        return Optional.ofNullable(channelOfUser.get(userId));
    }

    /** Everyone Discord knows here: the people of every configured server, the bot's or not. */
    private Optional<FakeMember> user(String userId) {
        for (FakeGuild guild : servers.config().guilds()) {
            Optional<FakeMember> person = guild.person(userId);
            if (person.isPresent()) {
                return person;
            }
        }
        return Optional.empty();
    }

    private boolean sharesServerWithBot(String userId) {
        List<FakeGuild> withBot = servers.withBot();
        return withBot.stream().anyMatch(guild -> guild.person(userId).isPresent());
    }
}
