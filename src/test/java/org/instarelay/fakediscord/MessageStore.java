package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;
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
    private final MessageFactory factory;
    private final Map<String, List<ObjectNode>> channelMessages = new HashMap<>();
    private final Set<String> deletedChannels = new HashSet<>();
    private final Map<String, byte[]> files = new HashMap<>();
    private final Map<String, InteractionState> interactions = new HashMap<>();
    /**
     * Nonce to "channel id/message id" of the message it created. Per author, not per channel:
     * Discord documents "the same author with the same nonce" and says nothing of channels, so the
     * fake takes the worst case for a bot that posts one post in several channels: a repeated nonce
     * in another channel returns the first channel's message and creates nothing (REST_RULES.md).
     * Every message here is the bot's own, so the author is implied.
     */
    private final Map<String, String> nonces = new HashMap<>();
    /** Nonces of held posts that passed the nonce check on arrival, with how many. */
    private final Map<String, Integer> admitted = new HashMap<>();

    MessageStore(FakeDiscordConfig config, Mentions mentions) {
        this.config = config;
        this.factory = new MessageFactory(config, mentions);
    }

    /** Base of attachment URLs, e.g. {@code http://127.0.0.1:P/}; set once the server has a port. */
    void cdnBase(String base) {
        factory.cdnBase(base);
    }

    // ---- channels --------------------------------------------------------------------------

    synchronized boolean channelExists(String channelId) {
        return config.channel(channelId).isPresent() && !deletedChannels.contains(channelId);
    }

    synchronized void deleteChannel(String channelId) {
        deletedChannels.add(channelId);
    }

    /**
     * Creates a message. With {@code enforce_nonce} and a nonce the bot already used (in any channel,
     * and not yet forgotten, see {@link #forgetNonces}), Discord creates nothing and returns the
     * message that nonce made.
     */
    synchronized ObjectNode postToChannel(String channelId, JsonNode payload, List<MultipartPart> uploads) {
        String nonce = nonce(payload);
        boolean enforce = nonce != null && payload.path("enforce_nonce").asBoolean(false);
        String key = nonce;
        if (enforce && admitted.getOrDefault(key, 0) > 0) {
            // Checked when Discord took it (held since): created whatever came meanwhile.
            admitted.merge(key, -1, Integer::sum);
        } else if (enforce) {
            Optional<ObjectNode> earlier = madeBy(key);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        ObjectNode message = keep(factory.create(channelId, payload, uploads));
        if (nonce != null) {
            message.put("nonce", nonce);
            nonces.put(key, channelId + "/" + message.path("id").asText());
        }
        channelMessages.computeIfAbsent(channelId, k -> new ArrayList<>()).add(message);
        return message.deepCopy();
    }

    /**
     * A held post is taken: its nonce check is made now (see {@link HeldSends}). Passing it, the
     * post will be created on release even if a repeat was created meanwhile.
     */
    synchronized void admit(String channelId, JsonNode payload) {
        String nonce = nonce(payload);
        if (nonce == null || !payload.path("enforce_nonce").asBoolean(false)) {
            return;
        }
        if (madeBy(nonce).isEmpty()) {
            admitted.merge(nonce, 1, Integer::sum);
        }
    }

    /** The message {@code nonce} created, wherever it was, while it is still there. */
    private Optional<ObjectNode> madeBy(String nonce) {
        String made = nonces.get(nonce);
        if (made == null) {
            return Optional.empty();
        }
        int slash = made.indexOf('/');
        return channelMessage(made.substring(0, slash), made.substring(slash + 1));
    }

    private static String nonce(JsonNode payload) {
        return payload == null || !payload.hasNonNull("nonce") ? null : payload.get("nonce").asText();
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
        ObjectNode message = keep(factory.create(state.channelId, payload, uploads));
        message.put("flags", message.path("flags").asInt() | extraFlags);
        message.put("webhook_id", config.applicationId());
        message.put("application_id", config.applicationId());
        // JDA parses interaction_metadata strictly: id, type, user and authorizing_integration_owners.
        ObjectNode metadata = message.putObject("interaction_metadata");
        metadata.put("id", state.id);
        metadata.put("type", state.type);
        metadata.set("user", DiscordJson.user(state.user));
        metadata.set("authorizing_integration_owners", DiscordJson.integrationOwners(config.guildIdOf(state.channelId)));
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

    /** Builds {@code message} anew from the checked result of {@code built}, keeping its files. */
    private ObjectNode keep(MessageFactory.Built built) {
        files.putAll(built.files());
        return built.message();
    }

    private void applyEdit(ObjectNode message, JsonNode payload, List<MultipartPart> uploads) {
        ObjectNode edited = keep(factory.edit(message, payload, uploads));
        message.removeAll();
        message.setAll(edited);
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
