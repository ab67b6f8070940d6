package org.instarelay.instagram;

import java.util.Collection;
import java.util.regex.Pattern;
import org.instarelay.common.Secret;

/**
 * Cleans text that came from Instagram before it goes into an exception message.
 *
 * <p>Instagram's {@code error.message} is useful to the operator, but it is text we do not control:
 * it has been seen to quote the token it refused. So the secrets of the call are cut out by value,
 * and anything shaped like a token or a credential-carrying query parameter is cut out by pattern.
 */
final class Redactor {

    static final String MASK = "[redacted]";

    /** Instagram user tokens (IGAA..., IGQV...), Facebook tokens (EAA...), long opaque strings. */
    private static final Pattern TOKEN_LIKE = Pattern.compile(
            "(?:IGAA|IGQV|IGQW|EAA[A-Za-z0-9])[A-Za-z0-9_\\-.%]{16,}|[A-Za-z0-9_\\-]{40,}");
    private static final Pattern CREDENTIAL_PARAM = Pattern.compile(
            "(?i)(access_token|client_secret|code)=[^&\\s\"']+");
    private static final int MAX_LENGTH = 300;

    private Redactor() {}

    /** The text without secrets, on one line, at most a few hundred characters; "" for null. */
    static String clean(String text, Collection<Secret> secrets) {
        if (text == null) {
            return "";
        }
        String cleaned = text;
        for (Secret secret : secrets) {
            // Very short values would mask ordinary words; real tokens and codes are long.
            if (secret != null && secret.reveal().length() >= 6) {
                cleaned = cleaned.replace(secret.reveal(), MASK);
            }
        }
        cleaned = CREDENTIAL_PARAM.matcher(cleaned).replaceAll("$1=" + MASK);
        cleaned = TOKEN_LIKE.matcher(cleaned).replaceAll(MASK);
        cleaned = cleaned.replaceAll("\\s+", " ").trim();
        return cleaned.length() <= MAX_LENGTH ? cleaned : cleaned.substring(0, MAX_LENGTH) + "...";
    }
}
