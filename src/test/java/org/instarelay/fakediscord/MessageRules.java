package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether Discord would take a message, checked on the message as it would be stored
 * (after an edit: the edited result). Throws {@link MessageRefused} with Discord's answer.
 */
final class MessageRules {
    /** Upload limit of a server without boosts (boost tier 0 or 1), as {@code Guild#getMaxFileSize}. */
    static final long UPLOAD_LIMIT = 10L << 20;

    private MessageRules() {}

    /**
     * @param message     content, embeds, components, flags, allowed_mentions and attachments
     *                    ({@code filename}, {@code url}) of the message to be
     * @param uploadBytes bytes uploaded with this request
     * @param creating    a new message (an empty one is refused), not an edit
     */
    static void check(JsonNode message, long uploadBytes, boolean creating) {
        if (uploadBytes > UPLOAD_LIMIT) {
            throw MessageRefused.tooLarge();
        }
        boolean v2 = (message.path("flags").asInt() & MessageStore.IS_COMPONENTS_V2) != 0;
        JsonNode attachments = message.path("attachments");
        if (creating && !v2 && message.path("content").asText("").isBlank() && message.path("embeds").isEmpty()
                && message.path("components").isEmpty() && attachments.isEmpty()) {
            throw MessageRefused.empty();
        }
        MessageRefused.Breaches breaches = new MessageRefused.Breaches();
        ClassicRules.check(message, attachments.size(), breaches);
        if (v2) {
            List<String> names = new ArrayList<>();
            List<String> urls = new ArrayList<>();
            attachments.forEach(a -> {
                names.add(a.path("filename").asText());
                urls.add(a.path("url").asText());
            });
            ComponentsV2Rules.check(message, names, urls, breaches);
        } else {
            ClassicRules.classicComponents(message.path("components"), breaches);
        }
        breaches.throwIfAny();
    }

    /** An edit may set IS_COMPONENTS_V2 but never clear it. */
    static void checkFlagsEdit(int oldFlags, JsonNode payload) {
        if (payload == null || !payload.has("flags") || (oldFlags & MessageStore.IS_COMPONENTS_V2) == 0) {
            return;
        }
        if ((payload.get("flags").asInt() & MessageStore.IS_COMPONENTS_V2) == 0) {
            MessageRefused.Breaches breaches = new MessageRefused.Breaches();
            breaches.add("flags", "MESSAGE_CANNOT_REMOVE_COMPONENTS_V2_FLAG",
                    "The IS_COMPONENTS_V2 flag cannot be removed from a message.");
            breaches.throwIfAny();
        }
    }
}
