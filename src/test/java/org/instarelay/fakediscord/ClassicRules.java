package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Set;

/**
 * The limits every message has, with or without Components V2: content, embeds, number of files,
 * classic action rows and buttons, and {@code allowed_mentions}. Lengths are counted in Unicode
 * code points, as Discord counts them.
 */
final class ClassicRules {
    static final int MAX_CONTENT = 2000;
    static final int MAX_EMBEDS = 10;
    static final int MAX_EMBED_TOTAL = 6000;
    static final int MAX_FILES = 10;
    static final int MAX_ROWS = 5;
    static final int MAX_ROW_BUTTONS = 5;
    static final int MAX_BUTTON_LABEL = 80;
    static final int MAX_BUTTON_URL = 512;
    static final int LINK_STYLE = 5;
    private static final Set<String> PARSE_KEYS = Set.of("everyone", "roles", "users");

    private ClassicRules() {}

    /** Code points of a text node, 0 for a missing one. */
    static int length(JsonNode text) {
        String s = text.asText("");
        return s.codePointCount(0, s.length());
    }

    static void tooLong(MessageRefused.Breaches breaches, String path, JsonNode text, int max) {
        if (length(text) > max) {
            breaches.add(path, "BASE_TYPE_MAX_LENGTH", "Must be " + max + " or fewer in length.");
        }
    }

    static void check(JsonNode message, int files, MessageRefused.Breaches breaches) {
        tooLong(breaches, "content", message.path("content"), MAX_CONTENT);
        JsonNode embeds = message.path("embeds");
        if (embeds.size() > MAX_EMBEDS) {
            breaches.add("embeds", "BASE_TYPE_MAX_LENGTH", "Must be " + MAX_EMBEDS + " or fewer in length.");
        }
        int total = 0;
        for (int i = 0; i < embeds.size(); i++) {
            total += embed(embeds.get(i), "embeds." + i, breaches);
        }
        if (total > MAX_EMBED_TOTAL) {
            breaches.add("embeds", "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of " + MAX_EMBED_TOTAL);
        }
        if (files > MAX_FILES) {
            breaches.add("attachments", "BASE_TYPE_MAX_LENGTH", "Must be " + MAX_FILES + " or fewer in length.");
        }
        allowedMentions(message.path("allowed_mentions"), breaches);
    }

    /** Checks one embed and returns the characters it counts towards the 6,000. */
    private static int embed(JsonNode embed, String path, MessageRefused.Breaches breaches) {
        tooLong(breaches, path + ".title", embed.path("title"), 256);
        tooLong(breaches, path + ".description", embed.path("description"), 4096);
        tooLong(breaches, path + ".footer.text", embed.path("footer").path("text"), 2048);
        tooLong(breaches, path + ".author.name", embed.path("author").path("name"), 256);
        JsonNode fields = embed.path("fields");
        if (fields.size() > 25) {
            breaches.add(path + ".fields", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
        }
        int total = length(embed.path("title")) + length(embed.path("description"))
                + length(embed.path("footer").path("text")) + length(embed.path("author").path("name"));
        for (int i = 0; i < fields.size(); i++) {
            tooLong(breaches, path + ".fields." + i + ".name", fields.get(i).path("name"), 256);
            tooLong(breaches, path + ".fields." + i + ".value", fields.get(i).path("value"), 1024);
            total += length(fields.get(i).path("name")) + length(fields.get(i).path("value"));
        }
        for (String key : new String[] {"image", "thumbnail"}) {
            String url = embed.path(key).path("url").asText("");
            if (!url.isEmpty() && !url.matches("(https?|attachment)://.+")) {
                breaches.add(path + "." + key + ".url", "URL_TYPE_INVALID_PROTOCOL",
                        "Scheme must be one of ('http', 'https', 'attachment').");
            }
        }
        return total;
    }

    /**
     * A button, in a classic action row or in a Components V2 tree: a link button (style 5) has
     * a {@code url} and no {@code custom_id}, every other style the reverse.
     */
    static void button(JsonNode button, String path, MessageRefused.Breaches breaches) {
        tooLong(breaches, path + ".label", button.path("label"), MAX_BUTTON_LABEL);
        boolean link = button.path("style").asInt() == LINK_STYLE;
        if (link && (!button.hasNonNull("url") || button.hasNonNull("custom_id"))) {
            breaches.add(path + ".url", "BUTTON_COMPONENT_URL_REQUIRED", "A link button needs a url and no custom_id.");
        }
        if (!link && !button.hasNonNull("custom_id")) {
            breaches.add(path + ".custom_id", "BUTTON_COMPONENT_CUSTOM_ID_REQUIRED", "This field is required");
        }
        if (link) {
            tooLong(breaches, path + ".url", button.path("url"), MAX_BUTTON_URL);
            if (!button.path("url").asText().matches("(https?|discord)://.+")) {
                breaches.add(path + ".url", "URL_TYPE_INVALID_PROTOCOL", "Scheme must be one of ('http', 'https', 'discord').");
            }
        }
    }

    /** Without the Components V2 flag: at most 5 action rows of 1 to 5 buttons, nothing else on top. */
    static void classicComponents(JsonNode components, MessageRefused.Breaches breaches) {
        if (components.size() > MAX_ROWS) {
            breaches.add("components", "BASE_TYPE_MAX_LENGTH", "Must be " + MAX_ROWS + " or fewer in length.");
        }
        for (int i = 0; i < components.size(); i++) {
            JsonNode row = components.get(i);
            String path = "components." + i;
            if (row.path("type").asInt() != ComponentsV2Rules.ACTION_ROW) {
                breaches.add(path + ".type", "UNION_TYPE_CHOICES",
                        "Only action rows are allowed at the top without the IS_COMPONENTS_V2 flag.");
                continue;
            }
            ComponentsV2Rules.actionRow(row, path, breaches);
        }
    }

    /**
     * {@code parse} holds only everyone, roles, users; naming a type in {@code parse} and listing
     * ids of that type is refused, as Discord does.
     */
    private static void allowedMentions(JsonNode allowed, MessageRefused.Breaches breaches) {
        if (allowed.isMissingNode() || allowed.isNull()) {
            return;
        }
        Set<String> parse = new java.util.HashSet<>();
        allowed.path("parse").forEach(p -> parse.add(p.asText()));
        for (String p : parse) {
            if (!PARSE_KEYS.contains(p)) {
                breaches.add("allowed_mentions.parse", "ENUM_TYPE_COERCE", "Value \"" + p + "\" is not a valid enum value.");
            }
        }
        for (String kind : new String[] {"roles", "users"}) {
            if (parse.contains(kind) && allowed.path(kind).size() > 0) {
                breaches.add("allowed_mentions", "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
                        "parse:[\"" + kind + "\"] and " + kind + ": [ids...] are mutually exclusive.");
            }
            if (allowed.path(kind).size() > 100) {
                breaches.add("allowed_mentions." + kind, "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.");
            }
        }
    }
}
