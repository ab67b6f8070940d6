package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a message pings, as Discord works it out: mentions in {@code content} and in every Text
 * Display, filtered by {@code allowed_mentions} (none given = everything pings). The result is
 * written to the fields Discord returns: {@code mention_everyone}, {@code mention_roles} and
 * {@code mentions}. Only roles and members the guild has are counted. Markdown (code spans,
 * backslashes) is not taken into account: the fake errs towards "it pings", so a test that
 * expects silence must make mentions inert or restrict {@code allowed_mentions}.
 */
final class Mentions {
    private static final Pattern EVERYONE = Pattern.compile("@(everyone|here)");
    private static final Pattern ROLE = Pattern.compile("<@&(\\d+)>");
    private static final Pattern USER = Pattern.compile("<@!?(\\d+)>");

    private Mentions() {}

    static void apply(ObjectNode message, FakeDiscordConfig config) {
        StringBuilder text = new StringBuilder(message.path("content").asText(""));
        texts(message.path("components"), text);
        JsonNode allowed = message.path("allowed_mentions");
        boolean all = allowed.isMissingNode() || allowed.isNull();
        Set<String> parse = new HashSet<>();
        allowed.path("parse").forEach(p -> parse.add(p.asText()));
        message.put("mention_everyone", EVERYONE.matcher(text).find() && (all || parse.contains("everyone")));
        ArrayNode roles = message.putArray("mention_roles");
        for (String id : ids(ROLE, text)) {
            if (config.role(id).isPresent() && (all || parse.contains("roles") || contains(allowed.path("roles"), id))) {
                roles.add(id);
            }
        }
        ArrayNode users = message.putArray("mentions");
        for (String id : ids(USER, text)) {
            if (all || parse.contains("users") || contains(allowed.path("users"), id)) {
                config.member(id).ifPresent(m -> users.add(DiscordJson.user(m)));
            }
        }
    }

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

    private static boolean contains(JsonNode array, String id) {
        for (JsonNode n : array) {
            if (n.asText().equals(id)) {
                return true;
            }
        }
        return false;
    }
}
