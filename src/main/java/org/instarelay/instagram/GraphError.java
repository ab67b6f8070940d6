package org.instarelay.instagram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The error an answer carries, in whichever of Instagram's shapes it came.
 *
 * <ul>
 *   <li>Graph API: {@code {"error":{"message","type","code","error_subcode","is_transient"}}}</li>
 *   <li>the code exchange at api.instagram.com: {@code {"error_type","code","error_message"}}</li>
 *   <li>plain OAuth: {@code {"error":"invalid_request","error_description":".."}}</li>
 * </ul>
 *
 * @param message   Instagram's text, unsanitised (may be null)
 * @param code      {@code code}, or null
 * @param subcode   {@code error_subcode}, or null
 * @param transient_ Instagram's own {@code is_transient} flag
 */
record GraphError(String message, Integer code, Integer subcode, boolean transient_) {

    /** The error in {@code root}, if it has one. */
    static Optional<GraphError> from(JsonNode root) {
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        JsonNode error = root.get("error");
        if (error != null && error.isObject()) {
            String message = text(error.get("message"));
            String userMessage = text(error.get("error_user_msg"));
            if (userMessage != null) {
                message = message == null ? userMessage : message + " " + userMessage;
            }
            return Optional.of(new GraphError(message, integer(error.get("code")),
                    integer(error.get("error_subcode")), error.path("is_transient").asBoolean(false)));
        }
        if (root.has("error_type") || root.has("error_message")) {
            return Optional.of(new GraphError(text(root.get("error_message")), integer(root.get("code")),
                    null, false));
        }
        if (error != null && error.isTextual()) {
            String description = text(root.get("error_description"));
            return Optional.of(new GraphError(description != null ? description : error.asText(),
                    null, null, false));
        }
        return Optional.empty();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }

    private static Integer integer(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.canConvertToInt()) {
            return node.intValue();
        }
        try {
            return Integer.valueOf(node.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
