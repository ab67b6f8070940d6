package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Discord's answer to a message it will not take. Mostly HTTP 400 with
 * {@code {"code": 50035, "message": "Invalid Form Body", "errors": {...}}}, where {@code errors}
 * nests by the path of the bad field ({@code components.0.components.2.items}) down to
 * {@code {"_errors": [{"code": ..., "message": ...}]}}. JDA turns it into an ErrorResponseException
 * (INVALID_FORM_BODY), so the call fails in the test that broke the rule.
 * Empty messages (50006) and uploads over the limit (413, 40005) have their own answers.
 *
 * <p>Rules collect every breach first ({@link Breaches}) and throw once, as Discord lists them all.
 */
final class MessageRefused extends RuntimeException {
    /** Discord's JSON error code for a refused form body. */
    static final int INVALID_FORM_BODY = 50035;
    /** Discord's JSON error code for a message with nothing in it. */
    static final int EMPTY_MESSAGE = 50006;
    /** Discord's JSON error code (with HTTP 413) for uploads over the server's limit. */
    static final int ENTITY_TOO_LARGE = 40005;

    private final transient RestResponse response;

    private MessageRefused(RestResponse response) {
        super(response.body(), null, false, false);
        this.response = response;
    }

    RestResponse response() {
        return response;
    }

    /** 400 "Cannot send an empty message" (50006): no content, embeds, components or files. */
    static MessageRefused empty() {
        return new MessageRefused(RestResponse.error(400, DiscordJson.error("Cannot send an empty message",
                EMPTY_MESSAGE)));
    }

    /** 413 "Request entity too large" (40005): the files add up to more than the upload limit. */
    static MessageRefused tooLarge() {
        return new MessageRefused(RestResponse.error(413, DiscordJson.error("Request entity too large",
                ENTITY_TOO_LARGE)));
    }

    /** The breaches found while checking one message; {@link #throwIfAny()} ends the check. */
    static final class Breaches {
        private final ObjectNode errors = DiscordJson.object();
        private final List<String> summary = new ArrayList<>();

        /**
         * @param path    the field, dotted as Discord nests it, e.g. {@code components.0.items}
         * @param code    Discord's code, e.g. {@code BASE_TYPE_MAX_LENGTH}
         * @param message what Discord says, e.g. "Must be 10 or fewer in length."
         */
        Breaches add(String path, String code, String message) {
            ObjectNode node = errors;
            for (String key : path.split("\\.")) {
                node = node.withObject("/" + key);
            }
            ObjectNode error = node.withArray("_errors").addObject();
            error.put("code", code);
            error.put("message", message);
            summary.add(path + ": " + message);
            return this;
        }

        boolean isEmpty() {
            return summary.isEmpty();
        }

        void throwIfAny() {
            if (isEmpty()) {
                return;
            }
            ObjectNode body = DiscordJson.object();
            body.put("code", INVALID_FORM_BODY);
            body.put("message", "Invalid Form Body");
            body.set("errors", errors);
            throw new MessageRefused(RestResponse.json(400, body));
        }
    }
}
