package org.instarelay.fakediscord;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * An interaction the fake dispatched; its id and token are what the bot's replies are addressed by.
 *
 * @param id        interaction id (a current snowflake)
 * @param token     interaction token
 * @param type      2 command, 3 component, 4 autocomplete, 5 modal submit
 * @param channelId where it happened
 */
public record SentInteraction(String id, String token, int type, String channelId) {
    /** Matches the {@code POST interactions/{id}/{token}/callback} acknowledging it. */
    public Predicate<RecordedRequest> callback() {
        return r -> r.method().equals("POST") && r.path().equals("interactions/" + id + "/" + token + "/callback");
    }

    /** Matches {@code PATCH webhooks/{app}/{token}/messages/@original} (an {@code editOriginal}). */
    public Predicate<RecordedRequest> originalEdit() {
        return r -> r.method().equals("PATCH") && r.path().matches("webhooks/\\d+/" + Pattern.quote(token) + "/messages/@original");
    }

    /** Matches {@code POST webhooks/{app}/{token}} (a followup message). */
    public Predicate<RecordedRequest> followup() {
        return r -> r.method().equals("POST") && r.path().matches("webhooks/\\d+/" + Pattern.quote(token));
    }
}
