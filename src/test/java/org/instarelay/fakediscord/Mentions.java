package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a message pings, as Discord works it out for the server of its channel, from the mentions in
 * {@code content} and in every Text Display (any depth), filtered by {@code allowed_mentions}
 * (none given = everything may ping; {@code parse} names whole kinds, {@code roles}/{@code users}
 * list ids). The result goes into the fields Discord returns:
 * <ul>
 *   <li>{@code mention_roles}: a {@code <@&id>} of a role of that server, allowed, and the role
 *       mentionable or the bot holding Mention Everyone there (as the server is now, role updates
 *       included). {@code <@&server id>} is not how @everyone is pinged and pings nothing.</li>
 *   <li>{@code mentions}: a {@code <@id>} / {@code <@!id>} of a member of that server, allowed.</li>
 *   <li>{@code mention_everyone}: {@code @everyone} or {@code @here}, allowed. Discord also asks for
 *       Mention Everyone here; the fake does not, so that a post which <em>would</em> ping
 *       everyone once the bot is granted that right already shows it.</li>
 * </ul>
 * Markdown (code spans, backslashes) is not taken into account: the fake errs towards "it pings",
 * so a test that expects silence must make mentions inert or restrict {@code allowed_mentions}.
 * {@link ClassicRules} refuses an {@code allowed_mentions} Discord would not accept.
 */
final class Mentions {
    private static final Pattern EVERYONE = Pattern.compile("@(everyone|here)");
    private static final Pattern ROLE = Pattern.compile("<@&(\\d+)>");
    private static final Pattern USER = Pattern.compile("<@!?(\\d+)>");

    private final ServerState servers;

    Mentions(ServerState servers) {
        this.servers = servers;
    }

    /** Sets {@code mention_everyone}, {@code mention_roles} and {@code mentions} of a built message. */
    void apply(ObjectNode message) {
        StringBuilder text = new StringBuilder(message.path("content").asText(""));
        texts(message.path("components"), text);
        Allowed allowed = new Allowed(message.path("allowed_mentions"));
        Optional<FakeGuild> guild = servers.guildOfChannel(message.path("channel_id").asText());
        message.put("mention_everyone", EVERYONE.matcher(text).find() && allowed.all("everyone"));
        ArrayNode roles = message.putArray("mention_roles");
        ArrayNode users = message.putArray("mentions");
        if (guild.isEmpty()) {
            return;
        }
        boolean mayPingAnyRole = (guild.get().permissionsOf(guild.get().bot(servers.config().bot()))
                & DiscordPermissions.MENTION_EVERYONE) != 0;
        for (String id : ids(ROLE, text)) {
            boolean pingable = !id.equals(guild.get().id())
                    && guild.get().role(id).map(r -> r.mentionable() || mayPingAnyRole).orElse(false);
            if (pingable && allowed.one("roles", id)) {
                roles.add(id);
            }
        }
        for (String id : ids(USER, text)) {
            if (allowed.one("users", id)) {
                member(guild.get(), id).ifPresent(m -> users.add(DiscordJson.user(m)));
            }
        }
    }

    private Optional<FakeMember> member(FakeGuild guild, String userId) {
        FakeMember bot = servers.config().bot();
        return bot.id().equals(userId) ? Optional.of(guild.bot(bot)) : guild.person(userId);
    }

    /** Text Displays carry their text in {@code content}, at any depth (containers, sections). */
    private static void texts(JsonNode node, StringBuilder out) {
        if (node.isObject() && node.path("type").asInt() == ComponentsV2Rules.TEXT_DISPLAY) {
            out.append('\n').append(node.path("content").asText(""));
        }
        node.forEach(child -> texts(child, out)); // arrays and objects alike: components, accessory
    }

    private static Set<String> ids(Pattern pattern, CharSequence text) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** A message's {@code allowed_mentions}, missing or null meaning everything is allowed. */
    private static final class Allowed {
        private final JsonNode json;
        private final boolean everything;
        private final Set<String> parse = new HashSet<>();

        Allowed(JsonNode json) {
            this.json = json;
            this.everything = json.isMissingNode() || json.isNull();
            json.path("parse").forEach(p -> parse.add(p.asText()));
        }

        /** Every mention of a kind ("everyone", "roles", "users") may ping. */
        boolean all(String kind) {
            return everything || parse.contains(kind);
        }

        /** This role or user may ping: its whole kind is allowed, or it is listed by id. */
        boolean one(String kind, String id) {
            if (all(kind)) {
                return true;
            }
            for (JsonNode listed : json.path(kind)) {
                if (listed.asText().equals(id)) {
                    return true;
                }
            }
            return false;
        }
    }
}
