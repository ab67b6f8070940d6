package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** REST routes for the bot user, the gateway URL, command registration, channels and messages. */
final class GuildRoutes {
    private final FakeDiscordConfig config;
    private final MessageStore store;
    private final Supplier<String> gatewayUrl;
    /** Registered commands by scope: "global" or the guild id. */
    private final Map<String, ArrayNode> commands = new ConcurrentHashMap<>();

    GuildRoutes(FakeDiscordConfig config, MessageStore store, Supplier<String> gatewayUrl) {
        this.config = config;
        this.store = store;
        this.gatewayUrl = gatewayUrl;
    }

    void register(RouteTable table) {
        table.on("GET", "users/@me", call -> RestResponse.ok(DiscordJson.selfUser(config)))
                .on("GET", "gateway", call -> RestResponse.ok(gateway()))
                .on("GET", "gateway/bot", call -> RestResponse.ok(gatewayBot()))
                .on("PUT", "applications/(\\d+)/commands", call -> putCommands(call, null))
                .on("GET", "applications/(\\d+)/commands", call -> getCommands(call, null))
                .on("PUT", "applications/(\\d+)/guilds/(\\d+)/commands", call -> putCommands(call, call.group(2)))
                .on("GET", "applications/(\\d+)/guilds/(\\d+)/commands", call -> getCommands(call, call.group(2)))
                .on("GET", "channels/(\\d+)", this::getChannel)
                .on("GET", "channels/(\\d+)/messages", this::listMessages)
                .on("POST", "channels/(\\d+)/messages", this::postMessage)
                .on("GET", "channels/(\\d+)/messages/(\\d+)", this::getMessage)
                .on("PATCH", "channels/(\\d+)/messages/(\\d+)", this::editMessage)
                .on("DELETE", "channels/(\\d+)/messages/(\\d+)", this::deleteMessage);
    }

    /** The commands last registered, or an empty array. */
    ArrayNode commands(String guildIdOrNull) {
        return commands.getOrDefault(guildIdOrNull == null ? "global" : guildIdOrNull, DiscordJson.array()).deepCopy();
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

    /** PUT replaces the whole list; the answer echoes it with ids Discord would add. */
    private RestResponse putCommands(RestCall call, String guildId) {
        if (!call.group(1).equals(config.applicationId())) {
            return RestResponse.error(404, DiscordJson.error("Unknown Application", 10002));
        }
        ArrayNode result = DiscordJson.array();
        for (JsonNode command : call.payload()) {
            ObjectNode c = command.deepCopy();
            String id = Snowflakes.next();
            c.put("id", id);
            c.put("application_id", config.applicationId());
            c.put("version", id);
            if (!c.has("type")) {
                c.put("type", 1);
            }
            if (guildId != null) {
                c.put("guild_id", guildId);
            }
            result.add(c);
        }
        commands.put(guildId == null ? "global" : guildId, result);
        return RestResponse.ok(result);
    }

    private RestResponse getCommands(RestCall call, String guildId) {
        return RestResponse.ok(commands(guildId));
    }

    private RestResponse getChannel(RestCall call) {
        String channelId = call.group(1);
        if (!store.channelExists(channelId)) {
            return RestResponse.error(404, Fault.UNKNOWN_CHANNEL);
        }
        return RestResponse.ok(DiscordJson.channel(config, config.channel(channelId).orElseThrow()));
    }

    /** Newest first, like Discord; honours {@code limit} (default 50, at most 100), {@code before}, {@code after}. */
    private RestResponse listMessages(RestCall call) {
        String channelId = call.group(1);
        if (!store.channelExists(channelId)) {
            return RestResponse.error(404, Fault.UNKNOWN_CHANNEL);
        }
        Map<String, String> query = QueryString.parse(call.request().query());
        int limit = Math.min(100, Math.max(1, Integer.parseInt(query.getOrDefault("limit", "50"))));
        long before = query.containsKey("before") ? Long.parseUnsignedLong(query.get("before")) : -1L; // -1 = max unsigned
        long after = Long.parseUnsignedLong(query.getOrDefault("after", "0"));
        List<JsonNode> messages = store.messagesIn(channelId);
        ArrayNode result = DiscordJson.array();
        for (int i = messages.size() - 1; i >= 0 && result.size() < limit; i--) {
            long id = Long.parseUnsignedLong(messages.get(i).path("id").asText());
            if (Long.compareUnsigned(id, before) < 0 && Long.compareUnsigned(id, after) > 0) {
                result.add(messages.get(i));
            }
        }
        return RestResponse.ok(result);
    }

    private RestResponse postMessage(RestCall call) {
        String channelId = call.group(1);
        if (!store.channelExists(channelId)) {
            return RestResponse.error(404, Fault.UNKNOWN_CHANNEL);
        }
        if (!store.botMayPost(call.parts().stream().anyMatch(MultipartPart::isFile))) {
            return RestResponse.error(403, Fault.MISSING_PERMISSIONS);
        }
        return RestResponse.ok(store.postToChannel(channelId, call.payload(), call.parts()));
    }

    private RestResponse getMessage(RestCall call) {
        if (!store.channelExists(call.group(1))) {
            return RestResponse.error(404, Fault.UNKNOWN_CHANNEL);
        }
        return store.channelMessage(call.group(1), call.group(2))
                .map(m -> RestResponse.ok((JsonNode) m))
                .orElse(RestResponse.error(404, Fault.UNKNOWN_MESSAGE));
    }

    private RestResponse editMessage(RestCall call) {
        if (!store.channelExists(call.group(1))) {
            return RestResponse.error(404, Fault.UNKNOWN_CHANNEL);
        }
        return store.editChannelMessage(call.group(1), call.group(2), call.payload(), call.parts())
                .map(m -> RestResponse.ok((JsonNode) m))
                .orElse(RestResponse.error(404, Fault.UNKNOWN_MESSAGE));
    }

    private RestResponse deleteMessage(RestCall call) {
        if (!store.channelExists(call.group(1))) {
            return RestResponse.error(404, Fault.UNKNOWN_CHANNEL);
        }
        return store.deleteChannelMessage(call.group(1), call.group(2))
                ? RestResponse.noContent()
                : RestResponse.error(404, Fault.UNKNOWN_MESSAGE);
    }
}
