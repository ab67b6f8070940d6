package org.instarelay.instagram;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.instarelay.common.Secret;

/**
 * Reads the token and profile answers.
 *
 * <p>Instagram documents these wrapped in {@code data[]} but has been seen answering flat, so both
 * are accepted. {@code user_id} comes as a string or as a number above 2^53; it is read from the
 * JSON number's exact digits (never through a double, which would round it).
 */
final class AccountAnswers {

    /** What the long-lived answer is assumed to last if it omits {@code expires_in} (the documented 60 days). */
    static final Duration DEFAULT_LONG_LIVED = Duration.ofDays(60);

    private AccountAnswers() {}

    static ShortLivedToken shortLived(JsonNode root) throws InstagramException {
        JsonNode answer = unwrap(root);
        // A missing user_id does not discard the token: the code is spent, and /me gives the id.
        return new ShortLivedToken(token(answer), id(answer.get("user_id")));
    }

    static LongLivedToken longLived(JsonNode root) throws InstagramException {
        JsonNode answer = unwrap(root);
        return new LongLivedToken(token(answer), life(answer.get("expires_in")));
    }

    static Profile profile(JsonNode root) throws InstagramException {
        JsonNode answer = unwrap(root);
        String userId = id(answer.get("user_id"));
        if (userId == null) {
            throw unexpected("the profile had no user_id");
        }
        return new Profile(userId, text(answer.get("username")), text(answer.get("profile_picture_url")),
                text(answer.get("account_type")));
    }

    /** {@code expires_in} in seconds, as a number or a string of digits. */
    private static Duration life(JsonNode expiresIn) {
        String digits = expiresIn == null ? "" : expiresIn.asText().trim();
        if (digits.matches("\\d{1,12}") && Long.parseLong(digits) > 0) {
            return Duration.ofSeconds(Long.parseLong(digits));
        }
        return DEFAULT_LONG_LIVED;
    }

    /** The first element of {@code data[]} when the answer is wrapped, else the answer itself. */
    private static JsonNode unwrap(JsonNode root) {
        JsonNode data = root.get("data");
        if (data != null && data.isArray() && !data.isEmpty() && data.get(0).isObject()) {
            return data.get(0);
        }
        return root;
    }

    private static Secret token(JsonNode answer) throws InstagramException {
        String token = text(answer.get("access_token"));
        if (token == null || token.isBlank()) {
            throw unexpected("the answer had no access_token");
        }
        return Secret.of(token);
    }

    /** An id as a string, from a JSON string or an integral number of any size; null otherwise. */
    static String id(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        if (node.isTextual() && !node.asText().isBlank()) {
            return node.asText().trim();
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }

    private static InstagramException unexpected(String what) {
        return new InstagramException(InstagramException.Kind.TRANSIENT,
                "Instagram's answer was incomplete (" + what + "); the bot will try again later.");
    }
}
