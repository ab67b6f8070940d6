package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fake's state that changes: messages posted to channels, uploaded file bytes, deleted
 * channels, and the interactions it has dispatched with their replies. All methods are
 * synchronized; messages leave the store as deep copies.
 */
final class MessageStore {
    /** Message flag: only the invoking user sees it. */
    static final int EPHEMERAL = 64;
    /** Message flag: "Bot is thinking..." after a deferred reply. */
    static final int LOADING = 128;
    /** Message flag: embeds hidden; one of the two an edit may change. */
    static final int SUPPRESS_EMBEDS = 1 << 2;
    /** Message flag: the message uses components v2; the other one an edit may change. */
    static final int IS_COMPONENTS_V2 = 1 << 15;

    private final FakeDiscordConfig config;
    private final Map<String, List<ObjectNode>> channelMessages = new HashMap<>();
    private final Set<String> deletedChannels = new HashSet<>();
    private final Map<String, byte[]> files = new HashMap<>();
    private final Map<String, InteractionState> interactions = new HashMap<>();
    /** "channel id/nonce" to the id of the message that nonce created. */
    private final Map<String, String> nonces = new HashMap<>();
    private volatile String cdnBase = "http://127.0.0.1/";
    /** Roles changed since start-up, by id: what Discord checks the bot's REST calls against. */
    private final Map<String, FakeRole> changedRoles = new HashMap<>();

    MessageStore(FakeDiscordConfig config) {
        this.config = config;
    }

    /** Base of attachment URLs, e.g. {@code http://127.0.0.1:P/}; set once the server has a port. */
    void cdnBase(String base) {
        this.cdnBase = base;
    }

    // ---- channels --------------------------------------------------------------------------

    synchronized boolean channelExists(String channelId) {
        return config.channel(channelId).isPresent() && !deletedChannels.contains(channelId);
    }

    synchronized void deleteChannel(String channelId) {
        deletedChannels.add(channelId);
    }

    /**
     * Creates a message. With {@code enforce_nonce} and a nonce already used in this channel (and
     * not yet forgotten, see {@link #forgetNonces}), Discord creates nothing and returns the message
     * that nonce made.
     */
    synchronized ObjectNode postToChannel(String channelId, JsonNode payload, List<MultipartPart> uploads) {
        String nonce = payload == null || !payload.hasNonNull("nonce") ? null : payload.get("nonce").asText();
        boolean enforce = nonce != null && payload.path("enforce_nonce").asBoolean(false);
        if (enforce) {
            Optional<ObjectNode> earlier = channelMessage(channelId, nonces.getOrDefault(channelId + "/" + nonce, ""));
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        ObjectNode message = build(channelId, payload, uploads, List.of());
        if (nonce != null) {
            message.put("nonce", nonce);
            nonces.put(channelId + "/" + nonce, message.path("id").asText());
        }
        channelMessages.computeIfAbsent(channelId, k -> new ArrayList<>()).add(message);
        return message.deepCopy();
    }

    /** Discord checks nonces only for "the past few minutes": this is those minutes passing. */
    synchronized void forgetNonces() {
        nonces.clear();
    }

    /** Oldest first. */
    synchronized List<JsonNode> messagesIn(String channelId) {
        List<JsonNode> copies = new ArrayList<>();
        channelMessages.getOrDefault(channelId, List.of()).forEach(m -> copies.add(m.deepCopy()));
        return copies;
    }

    synchronized Optional<ObjectNode> channelMessage(String channelId, String messageId) {
        return channelMessages.getOrDefault(channelId, List.of()).stream()
                .filter(m -> m.path("id").asText().equals(messageId))
                .findFirst()
                .map(ObjectNode::deepCopy);
    }

    /** Searches every channel; for button clicks, which name only the message. */
    synchronized Optional<ObjectNode> anyMessage(String messageId) {
        return channelMessages.values().stream().flatMap(List::stream)
                .filter(m -> m.path("id").asText().equals(messageId))
                .findFirst()
                .map(ObjectNode::deepCopy);
    }

    synchronized Optional<ObjectNode> editChannelMessage(String channelId, String messageId, JsonNode payload,
                                                         List<MultipartPart> uploads) {
        for (ObjectNode m : channelMessages.getOrDefault(channelId, List.of())) {
            if (m.path("id").asText().equals(messageId)) {
                applyEdit(m, payload, uploads);
                return Optional.of(m.deepCopy());
            }
        }
        return Optional.empty();
    }

    synchronized boolean deleteChannelMessage(String channelId, String messageId) {
        return channelMessages.getOrDefault(channelId, new ArrayList<>())
                .removeIf(m -> m.path("id").asText().equals(messageId));
    }

    /** Bytes of an uploaded file by the path of its URL below the server root, if any. */
    synchronized Optional<byte[]> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    synchronized void updateRole(FakeRole role) {
        changedRoles.put(role.id(), role);
    }

    /**
     * Discord checks a channel post against the bot's permissions: View Channel and Send Messages,
     * and Attach Files when files come with it. JDA checks Attach Files itself only in
     * {@code sendFiles}, not for {@code sendMessage(MessageCreateData)} with gallery uploads.
     */
    synchronized boolean botMayPost(boolean withFiles) {
        long needed = DiscordPermissions.VIEW_CHANNEL | DiscordPermissions.SEND_MESSAGES
                | (withFiles ? DiscordPermissions.ATTACH_FILES : 0);
        return (config.permissionsOf(config.bot(), changedRoles) & needed) == needed;
    }

    // ---- interactions -----------------------------------------------------------------------

    synchronized void register(InteractionState state) {
        interactions.put(state.id, state);
    }

    synchronized Optional<InteractionState> interaction(String id, String token) {
        InteractionState state = interactions.get(id);
        return state != null && state.token.equals(token) ? Optional.of(state) : Optional.empty();
    }

    synchronized Optional<InteractionState> interactionByToken(String token) {
        return interactions.values().stream().filter(s -> s.token.equals(token)).findFirst();
    }

    /** A reply message (type 4 callback, or a followup) for an interaction. */
    synchronized ObjectNode interactionMessage(InteractionState state, JsonNode payload, List<MultipartPart> uploads,
                                               int extraFlags) {
        ObjectNode message = build(state.channelId, payload, uploads, List.of());
        message.put("flags", message.path("flags").asInt() | extraFlags);
        message.put("webhook_id", config.applicationId());
        message.put("application_id", config.applicationId());
        // JDA parses interaction_metadata strictly: id, type, user and authorizing_integration_owners.
        ObjectNode metadata = message.putObject("interaction_metadata");
        metadata.put("id", state.id);
        metadata.put("type", state.type);
        metadata.set("user", DiscordJson.user(state.user));
        metadata.set("authorizing_integration_owners", DiscordJson.integrationOwners(config));
        if (state.sourceMessageId != null) {
            metadata.put("interacted_message_id", state.sourceMessageId);
        }
        return message;
    }

    synchronized ObjectNode editInteractionMessage(ObjectNode message, JsonNode payload, List<MultipartPart> uploads) {
        applyEdit(message, payload, uploads);
        message.put("flags", message.path("flags").asInt() & ~LOADING);
        return message.deepCopy();
    }

    // ---- message building -------------------------------------------------------------------

    /**
     * A message object as Discord returns it. JDA needs {@code id}, {@code type}, {@code channel_id},
     * {@code author}, {@code mentions}, {@code mention_roles}, {@code pinned}/{@code tts}/
     * {@code mention_everyone}, {@code timestamp}, and {@code "type":"rich"} on every embed
     * (an embed without a type throws); attachments need id, filename, size, url and proxy_url.
     */
    private ObjectNode build(String channelId, JsonNode payload, List<MultipartPart> uploads,
                             List<JsonNode> keptAttachments) {
        ObjectNode m = DiscordJson.object();
        String id = Snowflakes.next();
        m.put("id", id);
        m.put("type", 0);
        m.put("channel_id", channelId);
        m.put("guild_id", config.guildId());
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
        ArrayNode attachments = m.putArray("attachments");
        keptAttachments.forEach(attachments::add);
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
        finish(m, pending);
        return m;
    }

    /**
     * Applies an edit payload: only the fields present change, as with Discord's PATCH. The edit is
     * made on a copy and checked whole; a refused edit changes nothing.
     */
    private void applyEdit(ObjectNode m, JsonNode payload, List<MultipartPart> uploads) {
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
            int editable = SUPPRESS_EMBEDS | IS_COMPONENTS_V2;
            edited.put("flags", (edited.path("flags").asInt() & ~editable) | (payload.get("flags").asInt() & editable));
        }
        if (payload != null && payload.has("allowed_mentions")) {
            keepAllowedMentions(edited, payload);
        }
        edited.put("edited_timestamp", DiscordJson.now());
        MessageRules.check(edited, uploaded(uploads), false);
        finish(edited, pending);
        m.removeAll();
        m.setAll(edited);
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

    /** After the checks: keep the files, point attachment:// at them, and work out who is pinged. */
    private void finish(ObjectNode m, Map<String, byte[]> pending) {
        files.putAll(pending);
        ArrayNode attachments = (ArrayNode) m.get("attachments");
        m.set("embeds", embeds(m, attachments));
        resolveMedia(m.get("components"), attachments);
        Mentions.apply(m, config);
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
            a.put("content_type", part.contentType() == null ? "application/octet-stream" : part.contentType());
        }
        return pending;
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

    /** What the fake remembers about one dispatched interaction. Guarded by the store's lock. */
    static final class InteractionState {
        final String id;
        final String token;
        final int type;
        final String channelId;
        final FakeMember user;
        /** The message a component sat on (type 3), for UPDATE_MESSAGE callbacks; else null. */
        final String sourceMessageId;
        /** Callback type of the acknowledgement, 0 while unacknowledged. */
        int callbackType;
        /** The @original response message, once there is one. */
        ObjectNode original;
        final List<ObjectNode> followups = new ArrayList<>();

        InteractionState(String id, String token, int type, String channelId, FakeMember user,
                         String sourceMessageId) {
            this.id = id;
            this.token = token;
            this.type = type;
            this.channelId = channelId;
            this.user = user;
            this.sourceMessageId = sourceMessageId;
        }
    }
}
