package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Application command registration per scope, global or one server: bulk overwrite
 * ({@code PUT}), list ({@code GET}), create-or-replace one ({@code POST}) and delete one
 * ({@code DELETE .../commands/{id}}). As on Discord, a scope's commands are independent of every
 * other scope's (registering on a server leaves a global registration alone), a command keeps its
 * id when a bulk overwrite names it again, and a server the bot is not in answers 403 Missing Access.
 */
final class CommandRoutes {
    /** The scope key of global commands. */
    static final String GLOBAL = "global";
    private static final String MISSING_ACCESS = DiscordJson.error("Missing Access", 50001);
    private static final String UNKNOWN_COMMAND = DiscordJson.error("Unknown application command", 10063);

    private final FakeDiscordConfig config;
    private final ServerState servers;
    /** Registered commands by scope ({@link #GLOBAL} or a server id), in registration order. Guarded by this. */
    private final Map<String, ArrayNode> commands = new LinkedHashMap<>();

    CommandRoutes(FakeDiscordConfig config, ServerState servers) {
        this.config = config;
        this.servers = servers;
    }

    void register(RouteTable table) {
        String global = "applications/(\\d+)/commands";
        String guild = "applications/(\\d+)/guilds/(\\d+)/commands";
        table.on("PUT", global, call -> put(call, GLOBAL))
                .on("GET", global, call -> get(call, GLOBAL))
                .on("POST", global, call -> post(call, GLOBAL))
                .on("DELETE", global + "/(\\d+)", call -> delete(call, GLOBAL, call.group(2)))
                .on("PUT", guild, call -> put(call, call.group(2)))
                .on("GET", guild, call -> get(call, call.group(2)))
                .on("POST", guild, call -> post(call, call.group(2)))
                .on("DELETE", guild + "/(\\d+)", call -> delete(call, call.group(2), call.group(3)));
    }

    /** The commands registered now in a scope (a copy), or an empty array. */
    synchronized ArrayNode commands(String scope) {
        return commands.getOrDefault(scope, DiscordJson.array()).deepCopy();
    }

    /** Registers commands directly, as an earlier run of the bot would have left them. */
    synchronized void seed(String scope, String... names) {
        ArrayNode list = commands.computeIfAbsent(scope, k -> DiscordJson.array());
        for (String name : names) {
            ObjectNode c = DiscordJson.object();
            c.put("name", name);
            c.put("description", name);
            list.add(complete(c, scope, Snowflakes.next()));
        }
    }

    private synchronized RestResponse put(RestCall call, String scope) {
        Optional<RestResponse> refused = refuse(call, scope);
        if (refused.isPresent()) {
            return refused.get();
        }
        ArrayNode result = DiscordJson.array();
        for (JsonNode command : call.payload()) {
            String id = find(scope, command).map(c -> c.path("id").asText()).orElseGet(Snowflakes::next);
            result.add(complete(command.deepCopy(), scope, id));
        }
        commands.put(scope, result);
        return RestResponse.ok(result.deepCopy());
    }

    private synchronized RestResponse get(RestCall call, String scope) {
        return refuse(call, scope).orElseGet(() -> RestResponse.ok(commands(scope)));
    }

    /** Creates a command, or replaces the one of the same name and type (keeping its id). */
    private synchronized RestResponse post(RestCall call, String scope) {
        Optional<RestResponse> refused = refuse(call, scope);
        if (refused.isPresent()) {
            return refused.get();
        }
        ArrayNode list = commands.computeIfAbsent(scope, k -> DiscordJson.array());
        Optional<JsonNode> existing = find(scope, call.payload());
        ObjectNode created = complete(call.payload().deepCopy(), scope,
                existing.map(c -> c.path("id").asText()).orElseGet(Snowflakes::next));
        existing.ifPresent(old -> list.remove(indexOf(list, old.path("id").asText())));
        list.add(created);
        return RestResponse.json(existing.isPresent() ? 200 : 201, created.deepCopy());
    }

    private synchronized RestResponse delete(RestCall call, String scope, String commandId) {
        Optional<RestResponse> refused = refuse(call, scope);
        if (refused.isPresent()) {
            return refused.get();
        }
        ArrayNode list = commands.getOrDefault(scope, DiscordJson.array());
        int index = indexOf(list, commandId);
        if (index < 0) {
            return RestResponse.error(404, UNKNOWN_COMMAND);
        }
        list.remove(index);
        return RestResponse.noContent();
    }

    private Optional<RestResponse> refuse(RestCall call, String scope) {
        if (!call.group(1).equals(config.applicationId())) {
            return Optional.of(RestResponse.error(404, DiscordJson.error("Unknown Application", 10002)));
        }
        if (!scope.equals(GLOBAL) && !servers.botIn(scope)) {
            return Optional.of(RestResponse.error(403, MISSING_ACCESS));
        }
        return Optional.empty();
    }

    private Optional<JsonNode> find(String scope, JsonNode command) {
        int type = command.path("type").asInt(1);
        for (JsonNode c : commands.getOrDefault(scope, DiscordJson.array())) {
            if (c.path("name").asText().equals(command.path("name").asText()) && c.path("type").asInt(1) == type) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static int indexOf(ArrayNode list, String commandId) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).path("id").asText().equals(commandId)) {
                return i;
            }
        }
        return -1;
    }

    /** Adds what Discord adds: id, application_id, version, type 1 by default, guild_id for a server command. */
    private ObjectNode complete(ObjectNode c, String scope, String id) {
        c.put("id", id);
        c.put("application_id", config.applicationId());
        c.put("version", Snowflakes.next());
        if (!c.has("type")) {
            c.put("type", 1);
        }
        if (!scope.equals(GLOBAL)) {
            c.put("guild_id", scope);
        }
        return c;
    }
}
