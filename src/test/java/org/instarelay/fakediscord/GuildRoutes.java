package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * REST routes for the bot user, the gateway URL, channels and messages. A channel of a server the
 * bot is not in answers 403 Missing Access (50001), as on Discord; a deleted one 404 Unknown Channel.
 * Messages in DM channels follow {@link DirectChannels}' rules.
 */
final class GuildRoutes {
    private static final String MISSING_ACCESS = DiscordJson.error("Missing Access", 50001);

    private final FakeDiscordConfig config;
    private final ServerState servers;
    private final MessageStore store;
    private final Supplier<String> gatewayUrl;
    private final CommandRoutes commands;
    private final DirectChannels directs;

    GuildRoutes(ServerState servers, MessageStore store, Supplier<String> gatewayUrl, CommandRoutes commands,
                DirectChannels directs) {
        this.config = servers.config();
        this.servers = servers;
        this.store = store;
        this.gatewayUrl = gatewayUrl;
        this.commands = commands;
        this.directs = directs;
    }

    void register(RouteTable table) {
        commands.register(table);
        directs.register(table);
        table.on("GET", "users/@me", call -> RestResponse.ok(DiscordJson.selfUser(config)))
                .on("GET", "gateway", call -> RestResponse.ok(gateway()))
                .on("GET", "gateway/bot", call -> RestResponse.ok(gatewayBot()))
                .on("GET", "channels/(\\d+)", this::getChannel)
                .on("GET", "channels/(\\d+)/messages", this::listMessages)
                .on("POST", "channels/(\\d+)/messages", this::postMessage)
                .on("GET", "channels/(\\d+)/messages/(\\d+)", this::getMessage)
                .on("PATCH", "channels/(\\d+)/messages/(\\d+)", this::editMessage)
                .on("DELETE", "channels/(\\d+)/messages/(\\d+)", this::deleteMessage);
    }

    private ObjectNode gateway() {
        ObjectNode json = DiscordJson.object();
        json.put("url", gatewayUrl.get());
        return json;
    }

    private ObjectNode gatewayBot() {
        ObjectNode json = gateway();
        json.put("shards", 1);
        ObjectNode limit = json.putObject("session_start_limit");
        limit.put("total", 1000);
        limit.put("remaining", 999);
        limit.put("reset_after", 14_400_000);
        limit.put("max_concurrency", 1);
        return json;
    }

    /** Why a request on this channel fails before anything else is looked at, if it does. */
    private Optional<RestResponse> refused(String channelId) {
        Optional<FakeGuild> guild = servers.guildOfChannel(channelId);
        if (guild.isPresent() && !guild.get().botIsMember()) {
            return Optional.of(RestResponse.error(403, MISSING_ACCESS));
        }
        if (!store.channelExists(channelId)) {
            return Optional.of(RestResponse.error(404, Fault.UNKNOWN_CHANNEL));
        }
        return Optional.empty();
    }

    private RestResponse getChannel(RestCall call) {
        String channelId = call.group(1);
        Optional<RestResponse> refused = refused(channelId);
        if (refused.isPresent()) {
            return refused.get();
        }
        return RestResponse.ok(DiscordJson.channel(config, config.channel(channelId).orElseThrow()));
    }

    /**
     * A page of the channel's messages ({@link HistoryQuery}). Without View Channel Discord answers
     * 403 Missing Access (50001); without Read Message History it answers an empty page, not an
     * error (discord-api-docs #455 and the Get Channel Messages page): a look-up cannot tell "not
     * there" from "not allowed to see" by the answer alone.
     */
    private RestResponse listMessages(RestCall call) {
        String channelId = call.group(1);
        Optional<RestResponse> refused = refused(channelId);
        if (refused.isPresent()) {
            return refused.get();
        }
        HistoryQuery.Result query = HistoryQuery.parse(QueryString.parse(call.request().query()));
        if (query.refused().isPresent()) {
            return RestResponse.error(400, query.refused().get());
        }
        long held = botPermissions(channelId);
        if ((held & DiscordPermissions.VIEW_CHANNEL) == 0) {
            return RestResponse.error(403, MISSING_ACCESS);
        }
        if ((held & DiscordPermissions.READ_MESSAGE_HISTORY) == 0) {
            return RestResponse.ok(DiscordJson.array());
        }
        return RestResponse.ok(query.query().page(store.messagesIn(channelId)));
    }

    private RestResponse postMessage(RestCall call) {
        String channelId = call.group(1);
        if (directs.isDirect(channelId)) {
            return directs.post(call, channelId);
        }
        Optional<RestResponse> refused = refused(channelId);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!botMayPost(channelId, call.parts().stream().anyMatch(MultipartPart::isFile))) {
            return RestResponse.error(403, Fault.MISSING_PERMISSIONS);
        }
        return RestResponse.ok(store.postToChannel(channelId, call.payload(), call.parts()));
    }

    /**
     * Discord checks a channel post against the bot's permissions in that channel's server as it is
     * now (roles updated): View Channel and Send Messages, and Attach Files when files come with
     * it. JDA checks Attach Files itself only in {@code sendFiles}, not for
     * {@code sendMessage(MessageCreateData)} with gallery uploads.
     */
    private boolean botMayPost(String channelId, boolean withFiles) {
        long needed = DiscordPermissions.VIEW_CHANNEL | DiscordPermissions.SEND_MESSAGES
                | (withFiles ? DiscordPermissions.ATTACH_FILES : 0);
        return (botPermissions(channelId) & needed) == needed;
    }

    /** The bot's permissions in the channel's server as they are now. */
    private long botPermissions(String channelId) {
        FakeGuild guild = servers.guildOfChannel(channelId).orElseThrow(); // refused() let only known channels by
        return guild.permissionsOf(guild.bot(config.bot()));
    }

    private RestResponse getMessage(RestCall call) {
        Optional<RestResponse> refused = refused(call.group(1));
        if (refused.isPresent()) {
            return refused.get();
        }
        return store.channelMessage(call.group(1), call.group(2))
                .map(m -> RestResponse.ok((JsonNode) m))
                .orElse(RestResponse.error(404, Fault.UNKNOWN_MESSAGE));
    }

    private RestResponse editMessage(RestCall call) {
        Optional<RestResponse> refused = refused(call.group(1));
        if (refused.isPresent()) {
            return refused.get();
        }
        return store.editChannelMessage(call.group(1), call.group(2), call.payload(), call.parts())
                .map(m -> RestResponse.ok((JsonNode) m))
                .orElse(RestResponse.error(404, Fault.UNKNOWN_MESSAGE));
    }

    private RestResponse deleteMessage(RestCall call) {
        Optional<RestResponse> refused = refused(call.group(1));
        if (refused.isPresent()) {
            return refused.get();
        }
        return store.deleteChannelMessage(call.group(1), call.group(2))
                ? RestResponse.noContent()
                : RestResponse.error(404, Fault.UNKNOWN_MESSAGE);
    }
}
