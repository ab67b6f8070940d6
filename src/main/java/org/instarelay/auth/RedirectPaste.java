package org.instarelay.auth;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.instarelay.common.Secret;

/**
 * What a person pasted after approving the app: a bare code, a code still ending in {@code #_},
 * or the whole address the browser landed on (which may carry {@code state}, or an error when they
 * declined).
 *
 * @param code  the one-time code, without {@code #_}; null when the paste is a refusal
 * @param state the {@code state} from the address, null for a bare code
 * @param error Instagram's {@code error_description} (or {@code error}) when they declined
 */
public record RedirectPaste(Secret code, String state, String error) {
    /** Codes are URL-safe base64 in practice; anything else is a wrong or mangled paste. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_\\-.]{8,2048}");

    /**
     * @throws IllegalArgumentException with a message that says what to paste instead
     */
    public static RedirectPaste parse(String input) {
        String text = input == null ? "" : input.strip();
        // Chat clients and terminals add quotes or angle brackets around links.
        text = text.replaceAll("^[<\"'`]+|[>\"'`]+$", "");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Nothing was pasted. Paste the code, or the whole address your browser "
                    + "landed on after you approved.");
        }
        if (text.contains("?") || text.startsWith("http")) {
            return fromAddress(text);
        }
        return new RedirectPaste(bareCode(text), null, null);
    }

    private static RedirectPaste fromAddress(String text) {
        String query;
        try {
            query = URI.create(text.replace(" ", "%20")).getRawQuery();
        } catch (IllegalArgumentException e) {
            int mark = text.indexOf('?');
            query = mark < 0 ? null : text.substring(mark + 1).split("#", 2)[0];
        }
        Map<String, String> parameters = parameters(query);
        if (parameters.containsKey("error")) {
            String reason = parameters.getOrDefault("error_description", parameters.get("error"));
            return new RedirectPaste(null, parameters.get("state"), reason);
        }
        String code = parameters.get("code");
        if (code == null) {
            throw new IllegalArgumentException("That address has no code in it. After you approve, Instagram sends your "
                    + "browser to an address containing ?code=...: paste that whole address.");
        }
        return new RedirectPaste(bareCode(code), parameters.get("state"), null);
    }

    private static Secret bareCode(String text) {
        String code = text;
        int hash = code.indexOf('#');
        if (hash >= 0) {
            // Instagram appends "#_" to the redirect; it is not part of the code.
            code = code.substring(0, hash);
        }
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("That does not look like an Instagram code. Paste the part after code= "
                    + "in the address you landed on, or the whole address.");
        }
        return Secret.of(code);
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> result = new LinkedHashMap<>();
        if (query == null) {
            return result;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                result.putIfAbsent(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
            }
        }
        return result;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "RedirectPaste[code=" + code + ", state=" + (state == null ? "none" : "[redacted]") + ", error=" + error + "]";
    }
}
