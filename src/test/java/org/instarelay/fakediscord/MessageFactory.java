package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the message objects Discord returns from what JDA sends (a payload and its file parts),
 * new or edited, after {@link MessageRules} has accepted them. Holds no messages: the
 * {@link MessageStore} keeps what it returns, and a refused message ({@link MessageRefused})
 * leaves nothing behind.
 */
final class MessageFactory {
    private final FakeDiscordConfig config;
    private final Mentions mentions;
    private volatile String cdnBase = "http://127.0.0.1/";

    MessageFactory(FakeDiscordConfig config, Mentions mentions) {
        this.config = config;
        this.mentions = mentions;
    }

    /**
     * A checked message and the bytes of the files it brought, by their path below the server root.
     *
     * @param message the message as Discord returns it
     * @param files   new uploads, to be served at their attachment URLs
     */
    record Built(ObjectNode message, Map<String, byte[]> files) {}

    /** Base of attachment URLs, e.g. {@code http://127.0.0.1:P/}. */
    void cdnBase(String base) {
        this.cdnBase = base;
    }

    /**
     * A new message as Discord returns it, checked by {@link MessageRules} (a null payload is a
     * deferred reply's "thinking" message and is not checked). JDA needs {@code id}, {@code type}, {@code channel_id},
     * {@code author}, {@code mentions}, {@code mention_roles}, {@code pinned}/{@code tts}/
     * {@code mention_everyone}, {@code timestamp}, and {@code "type":"rich"} on every embed
     * (an embed without a type throws); attachments need id, filename, size, url and proxy_url.
     */
    Built create(String channelId, JsonNode payload, List<MultipartPart> uploads) {
        ObjectNode m = DiscordJson.object();
        String id = Snowflakes.next();
        m.put("id", id);
        m.put("type", 0);
        m.put("channel_id", channelId);
        // A DM (or any channel of no server) has no guild_id, as on Discord.
        config.guildOfChannel(channelId).ifPresent(guild -> m.put("guild_id", guild.id()));
        m.set("author", DiscordJson.user(config.bot()));
        m.put("content", payload == null ? "" : payload.path("content").asText(""));
        m.put("timestamp", DiscordJson.now());
        m.putNull("edited_timestamp");
        m.put("tts", false);
        m.put("mention_everyone", false);
        m.putArray("mentions");
        m.putArray("mention_roles");
        m.put("pinned", false);
        m.put("flags", payload == null ? 0 : payload.path("flags").asInt(0));
        m.putArray("attachments");
        Map<String, byte[]> pending = addUploads(m, payload, uploads);
        m.set("embeds", payload == null ? DiscordJson.array() : payload.path("embeds").deepCopy());
        if (!m.get("embeds").isArray()) {
            m.set("embeds", DiscordJson.array());
        }
        m.set("components", payload != null && payload.has("components")
                ? payload.get("components").deepCopy() : DiscordJson.array());
        keepAllowedMentions(m, payload);
        if (payload != null) {
            // A deferred reply (no payload) is Discord's own "thinking" message: nothing to check.
            MessageRules.check(m, uploaded(uploads), true);
        }
        finish(m);
        return new Built(m, pending);
    }

    /**
     * Applies an edit payload: only the fields present change, as with Discord's PATCH. The edit is
     * made on a copy and checked whole; a refused edit changes nothing.
     */
    Built edit(ObjectNode m, JsonNode payload, List<MultipartPart> uploads) {
        MessageRules.checkFlagsEdit(m.path("flags").asInt(), payload);
        ObjectNode edited = m.deepCopy();
        if (payload != null && payload.has("content")) {
            edited.put("content", payload.path("content").asText(""));
        }
        if (payload != null && payload.has("attachments")) {
            // Attachments listed by an existing id are kept; the others are dropped.
            ArrayNode kept = DiscordJson.array();
            for (JsonNode old : edited.withArray("attachments")) {
                for (JsonNode wanted : payload.get("attachments")) {
                    if (wanted.path("id").asText().equals(old.path("id").asText())) {
                        kept.add(old);
                    }
                }
            }
            edited.set("attachments", kept);
        }
        Map<String, byte[]> pending = addUploads(edited, payload, uploads);
        if (payload != null && payload.has("embeds")) {
            edited.set("embeds", payload.get("embeds").deepCopy());
        }
        if (payload != null && payload.has("components")) {
            edited.set("components", payload.get("components").deepCopy());
        }
        if (payload != null && payload.has("flags")) {
            // Discord lets an edit set or clear only these; the rest (ephemeral above all) stays.
            int editable = MessageStore.SUPPRESS_EMBEDS | MessageStore.IS_COMPONENTS_V2;
            edited.put("flags", (edited.path("flags").asInt() & ~editable) | (payload.get("flags").asInt() & editable));
        }
        if (payload != null && payload.has("allowed_mentions")) {
            keepAllowedMentions(edited, payload);
        }
        edited.put("edited_timestamp", DiscordJson.now());
        MessageRules.check(edited, uploaded(uploads), false);
        finish(edited);
        return new Built(edited, pending);
    }

    /**
     * Discord does not return {@code allowed_mentions}; the fake keeps it on the message (JDA ignores
     * the field) so that tests can read what a post allowed, see {@link PostedMessage#allowedMentions}.
     */
    private static void keepAllowedMentions(ObjectNode m, JsonNode payload) {
        if (payload != null && payload.hasNonNull("allowed_mentions")) {
            m.set("allowed_mentions", payload.get("allowed_mentions").deepCopy());
        } else {
            m.remove("allowed_mentions");
        }
    }

    private static long uploaded(List<MultipartPart> uploads) {
        return uploads.stream().filter(MultipartPart::isFile).mapToLong(MultipartPart::size).sum();
    }

    /** After the checks: point attachment:// at the files and work out who is pinged. */
    private void finish(ObjectNode m) {
        ArrayNode attachments = (ArrayNode) m.get("attachments");
        m.set("embeds", embeds(m, attachments));
        resolveMedia(m.get("components"), attachments);
        mentions.apply(m);
    }

    /**
     * Turns each {@code files[n]} part into an attachment; its metadata comes from payload.attachments[id=n].
     * Returns the bytes by path, to be kept only if the message is accepted.
     */
    private Map<String, byte[]> addUploads(ObjectNode m, JsonNode payload, List<MultipartPart> uploads) {
        Map<String, byte[]> pending = new HashMap<>();
        ArrayNode attachments = m.withArray("attachments");
        for (MultipartPart part : uploads) {
            if (!part.isFile()) {
                continue;
            }
            String index = part.name().replaceAll("\\D", "");
            JsonNode meta = DiscordJson.object();
            if (payload != null) {
                for (JsonNode a : payload.path("attachments")) {
                    if (a.path("id").asText().equals(index)) {
                        meta = a;
                    }
                }
            }
            String attachmentId = Snowflakes.next();
            String filename = meta.path("filename").asText(part.filename());
            String path = "attachments/" + m.path("channel_id").asText() + "/" + attachmentId + "/" + filename;
            pending.put(path, part.content());
            ObjectNode a = attachments.addObject();
            a.put("id", attachmentId);
            a.put("filename", filename);
            if (meta.hasNonNull("description")) {
                a.put("description", meta.get("description").asText());
            }
            a.put("size", part.size());
            a.put("url", cdnBase + path);
            a.put("proxy_url", cdnBase + path);
            a.put("content_type", contentType(part.contentType(), filename));
        }
        return pending;
    }

    /**
     * JDA sends every file as {@code application/octet-stream}; Discord names the type from the
     * file itself, which is what makes a gallery play an {@code .mp4}. The fake goes by the name.
     */
    private static String contentType(String sent, String filename) {
        if (sent != null && !sent.startsWith("application/octet-stream")) {
            return sent;
        }
        String name = filename.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".mp4")) {
            return "video/mp4";
        }
        if (name.endsWith(".mov")) {
            return "video/quicktime";
        }
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        return sent == null ? "application/octet-stream" : sent;
    }

    /**
     * Resolves {@code attachment://name} in media (gallery items, thumbnails) and file components
     * to the attachment, as Discord returns them: {@code url}, {@code proxy_url} (JDA requires it),
     * {@code attachment_id} and {@code content_type}.
     */
    private static void resolveMedia(JsonNode node, ArrayNode attachments) {
        if (node instanceof ObjectNode object) {
            for (String key : List.of("media", "file")) {
                JsonNode media = object.path(key);
                if (media instanceof ObjectNode target
                        && media.path("url").asText().startsWith(ComponentsV2Rules.ATTACHMENT)) {
                    String name = media.path("url").asText().substring(ComponentsV2Rules.ATTACHMENT.length());
                    for (JsonNode a : attachments) {
                        if (a.path("filename").asText().equals(name)) {
                            target.put("url", a.path("url").asText());
                            target.put("proxy_url", a.path("proxy_url").asText());
                            target.put("attachment_id", a.path("id").asText());
                            target.put("content_type", a.path("content_type").asText());
                        }
                    }
                }
            }
        }
        node.forEach(child -> resolveMedia(child, attachments));
    }

    /** Copies embeds, adds {@code "type":"rich"} and resolves {@code attachment://name} as Discord does. */
    private static ArrayNode embeds(JsonNode message, ArrayNode attachments) {
        ArrayNode out = DiscordJson.array();
        for (JsonNode embed : message.path("embeds")) {
            ObjectNode copy = embed.deepCopy();
            copy.put("type", "rich");
            for (String key : List.of("image", "thumbnail")) {
                resolve(copy.path(key), "url", attachments);
            }
            resolve(copy.path("author"), "icon_url", attachments);
            resolve(copy.path("footer"), "icon_url", attachments);
            out.add(copy);
        }
        return out;
    }

    private static void resolve(JsonNode node, String field, ArrayNode attachments) {
        if (!(node instanceof ObjectNode object) || !node.path(field).asText().startsWith("attachment://")) {
            return;
        }
        String name = node.path(field).asText().substring("attachment://".length());
        for (JsonNode a : attachments) {
            if (a.path("filename").asText().equals(name)) {
                object.put(field, a.path("url").asText());
                object.put("proxy_url", a.path("proxy_url").asText());
            }
        }
    }
}
