package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which roles a new message pings, by Discord's rules: a {@code <@&id>} in the content (or in the
 * text of a component) pings a role of the channel's server when {@code allowed_mentions} lets it
 * (absent = everything allowed; {@code parse: ["roles"]} = every role; else only the listed
 * {@code roles}) and the role is mentionable or the bot holds Mention Everyone. Those roles are the
 * message's {@code mention_roles}; a mention that does not ping stays plain text.
 */
final class Mentions {
    private static final Pattern ROLE_MENTION = Pattern.compile("<@&(\\d+)>");
    private static final Set<String> PARSE_VALUES = Set.of("roles", "users", "everyone");

    private final ServerState servers;

    Mentions(ServerState servers) {
        this.servers = servers;
    }

    /** The ids of the roles the message pings, in order of first mention. */
    ArrayNode pingedRoles(String channelId, JsonNode payload) {
        ArrayNode pinged = DiscordJson.array();
        Optional<FakeGuild> guild = servers.guildOfChannel(channelId);
        if (payload == null || guild.isEmpty()) {
            return pinged;
        }
        boolean mayPingAny = (guild.get().permissionsOf(guild.get().bot(servers.config().bot()))
                & DiscordPermissions.MENTION_EVERYONE) != 0;
        Set<String> mentioned = new LinkedHashSet<>();
        collect(payload.path("content").asText(""), mentioned);
        collectComponents(payload.path("components"), mentioned);
        for (String roleId : mentioned) {
            boolean pingable = guild.get().role(roleId)
                    .filter(r -> !r.id().equals(guild.get().id())) // <@&guild id> is not how @everyone is pinged
                    .map(r -> r.mentionable() || mayPingAny).orElse(false);
            if (pingable && allowed(payload.get("allowed_mentions"), roleId)) {
                pinged.add(roleId);
            }
        }
        return pinged;
    }

    /**
     * Discord's 400 (50035 Invalid Form Body) for an {@code allowed_mentions} it rejects: an unknown
     * {@code parse} value, or {@code parse} holding "roles" together with a {@code roles} list.
     */
    static Optional<String> formError(JsonNode payload) {
        JsonNode allowed = payload == null ? null : payload.get("allowed_mentions");
        if (allowed == null || allowed.isNull()) {
            return Optional.empty();
        }
        for (JsonNode value : allowed.path("parse")) {
            if (!PARSE_VALUES.contains(value.asText())) {
                return Optional.of(invalid("allowed_mentions.parse", "Value must be one of roles, users, everyone."));
            }
            String list = value.asText();
            if (!list.equals("everyone") && allowed.path(list).size() > 0) {
                return Optional.of(invalid("allowed_mentions",
                        "parse:[\\\"" + list + "\\\"] and " + list + ": [ids] are mutually exclusive."));
            }
        }
        if (allowed.path("roles").size() > 100) {
            return Optional.of(invalid("allowed_mentions.roles", "Must be 100 or fewer in length."));
        }
        return Optional.empty();
    }

    private static String invalid(String field, String message) {
        return "{\"code\":50035,\"message\":\"Invalid Form Body\",\"errors\":{\"" + field
                + "\":{\"_errors\":[{\"code\":\"INVALID\",\"message\":\"" + message + "\"}]}}}";
    }

    private static boolean allowed(JsonNode allowedMentions, String roleId) {
        if (allowedMentions == null || allowedMentions.isNull()) {
            return true;
        }
        for (JsonNode value : allowedMentions.path("parse")) {
            if (value.asText().equals("roles")) {
                return true;
            }
        }
        for (JsonNode id : allowedMentions.path("roles")) {
            if (id.asText().equals(roleId)) {
                return true;
            }
        }
        return false;
    }

    /** Text displays (type 10) carry their text in {@code content}, at any depth. */
    private static void collectComponents(JsonNode node, Set<String> into) {
        if (node.isArray()) {
            node.forEach(child -> collectComponents(child, into));
        } else if (node.isObject()) {
            collect(node.path("content").asText(""), into);
            node.forEach(child -> collectComponents(child, into));
        }
    }

    private static void collect(String text, Set<String> into) {
        Matcher m = ROLE_MENTION.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }
}
