package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;

/**
 * REST routes that answer interactions: the callback ({@code POST interactions/{id}/{token}/callback})
 * and the interaction webhook ({@code webhooks/{app}/{token}...}) used by JDA's InteractionHook
 * for {@code editOriginal}, followups and deletes.
 *
 * <p>State lives in {@link MessageStore}; each handler holds the store's monitor so that an
 * acknowledgement and the edits that race it see one consistent interaction.
 */
final class InteractionRoutes {
    /** Callback types Discord defines. */
    static final int PONG = 1;
    static final int CHANNEL_MESSAGE = 4;
    static final int DEFERRED_CHANNEL_MESSAGE = 5;
    static final int DEFERRED_UPDATE_MESSAGE = 6;
    static final int UPDATE_MESSAGE = 7;
    static final int AUTOCOMPLETE_RESULT = 8;
    static final int MODAL = 9;

    private final FakeDiscordConfig config;
    private final MessageStore store;

    InteractionRoutes(FakeDiscordConfig config, MessageStore store) {
        this.config = config;
        this.store = store;
    }

    void register(RouteTable table) {
        String original = "webhooks/(\\d+)/([^/]+)/messages/(@original|\\d+)";
        table.on("POST", "interactions/(\\d+)/([^/]+)/callback", this::callback)
                .on("GET", original, this::getResponse)
                .on("PATCH", original, this::editResponse)
                .on("DELETE", original, this::deleteResponse)
                .on("POST", "webhooks/(\\d+)/([^/]+)", this::followup);
    }

    /**
     * Acknowledges an interaction. JDA 6.3.1 always adds {@code ?with_response=true}; it accepts
     * both a 204 and a JSON answer, and from the JSON reads only {@code resource.message}
     * (for {@code InteractionHook#getCallbackResponse}). Without the query the fake answers 204.
     */
    private RestResponse callback(RestCall call) {
        synchronized (store) {
            Optional<MessageStore.InteractionState> found = store.interaction(call.group(1), call.group(2));
            if (found.isEmpty()) {
                return RestResponse.error(404, Fault.UNKNOWN_INTERACTION);
            }
            MessageStore.InteractionState state = found.get();
            if (state.callbackType != 0) {
                return RestResponse.error(400, Fault.ALREADY_ACKNOWLEDGED);
            }
            int type = call.payload().path("type").asInt();
            JsonNode data = call.payload().path("data");
            ObjectNode message = null;
            switch (type) {
                case CHANNEL_MESSAGE -> {
                    message = store.interactionMessage(state, data, call.parts(), 0);
                    state.original = message;
                }
                case DEFERRED_CHANNEL_MESSAGE -> {
                    int ephemeral = data.path("flags").asInt(0) & MessageStore.EPHEMERAL;
                    message = store.interactionMessage(state, null, List.of(), ephemeral | MessageStore.LOADING);
                    state.original = message;
                }
                case UPDATE_MESSAGE -> {
                    if (state.sourceMessageId != null) {
                        message = store.editChannelMessage(state.channelId, state.sourceMessageId, data, call.parts())
                                .orElse(null);
                    }
                }
                default -> {
                    // PONG, DEFERRED_UPDATE_MESSAGE, AUTOCOMPLETE_RESULT, MODAL: nothing to store
                }
            }
            // Only now: a reply Discord refuses (MessageRefused above) leaves the interaction unanswered.
            state.callbackType = type;
            if (!call.hasQuery("with_response", "true")) {
                return RestResponse.noContent();
            }
            return RestResponse.ok(callbackResponse(state, type, message));
        }
    }

    private static ObjectNode callbackResponse(MessageStore.InteractionState state, int type, ObjectNode message) {
        ObjectNode json = DiscordJson.object();
        ObjectNode interaction = json.putObject("interaction");
        interaction.put("id", state.id);
        interaction.put("type", state.type);
        interaction.putNull("activity_instance_id");
        ObjectNode resource = json.putObject("resource");
        resource.put("type", type);
        if (message != null) {
            interaction.put("response_message_id", message.path("id").asText());
            interaction.put("response_message_loading", (message.path("flags").asInt() & MessageStore.LOADING) != 0);
            interaction.put("response_message_ephemeral",
                    (message.path("flags").asInt() & MessageStore.EPHEMERAL) != 0);
            resource.set("message", message.deepCopy());
        }
        return json;
    }

    private RestResponse getResponse(RestCall call) {
        synchronized (store) {
            return target(call).map(m -> RestResponse.ok((JsonNode) m.deepCopy()))
                    .orElseGet(() -> notFound(call));
        }
    }

    private RestResponse editResponse(RestCall call) {
        synchronized (store) {
            return target(call).map(m -> RestResponse.ok((JsonNode) store.editInteractionMessage(m, call.payload(),
                            call.parts())))
                    .orElseGet(() -> notFound(call));
        }
    }

    private RestResponse deleteResponse(RestCall call) {
        synchronized (store) {
            Optional<ObjectNode> target = target(call);
            if (target.isEmpty()) {
                return notFound(call);
            }
            MessageStore.InteractionState state = store.interactionByToken(call.group(2)).orElseThrow();
            if (target.get() == state.original) {
                state.original = null;
            } else {
                state.followups.remove(target.get());
            }
            return RestResponse.noContent();
        }
    }

    /**
     * A followup message. As on Discord, the first followup after a deferred reply replaces the
     * "thinking..." message (keeping its id and ephemeral flag) instead of adding a new one.
     */
    private RestResponse followup(RestCall call) {
        synchronized (store) {
            Optional<MessageStore.InteractionState> found = webhookOwner(call);
            if (found.isEmpty() || found.get().callbackType == 0) {
                return RestResponse.error(404, Fault.UNKNOWN_WEBHOOK);
            }
            MessageStore.InteractionState state = found.get();
            ObjectNode message;
            if (state.original != null && (state.original.path("flags").asInt() & MessageStore.LOADING) != 0) {
                message = store.editInteractionMessage(state.original, call.payload(), call.parts());
            } else {
                message = store.interactionMessage(state, call.payload(), call.parts(), 0);
                state.followups.add(message);
                message = message.deepCopy();
            }
            return call.hasQuery("wait", "true") ? RestResponse.ok(message) : RestResponse.noContent();
        }
    }

    private Optional<MessageStore.InteractionState> webhookOwner(RestCall call) {
        if (!call.group(1).equals(config.applicationId())) {
            return Optional.empty();
        }
        return store.interactionByToken(call.group(2));
    }

    /** The live message object addressed by {@code @original} or a followup id. */
    private Optional<ObjectNode> target(RestCall call) {
        Optional<MessageStore.InteractionState> state = webhookOwner(call);
        if (state.isEmpty()) {
            return Optional.empty();
        }
        String messageId = call.group(3);
        if (messageId.equals("@original")) {
            return Optional.ofNullable(state.get().original);
        }
        return state.get().followups.stream().filter(m -> m.path("id").asText().equals(messageId)).findFirst();
    }

    private RestResponse notFound(RestCall call) {
        return webhookOwner(call).isEmpty()
                ? RestResponse.error(404, Fault.UNKNOWN_WEBHOOK)
                : RestResponse.error(404, Fault.UNKNOWN_MESSAGE);
    }
}
