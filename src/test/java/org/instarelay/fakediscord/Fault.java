package org.instarelay.fakediscord;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A canned failure: the next {@code count} requests whose method and decoded path (below
 * {@code /api/v10/}) match get {@code status} and {@code body} instead of the normal answer.
 *
 * @param method    HTTP method, or "*" for any
 * @param pathRegex must match the whole path, e.g. {@code channels/\d+/messages}
 * @param status    HTTP status
 * @param body      JSON body
 * @param headers   extra response headers (rate-limit headers for 429)
 * @param count     how many requests to fail
 */
public record Fault(String method, Pattern pathRegex, int status, String body, Map<String, String> headers,
                    int count) {

    public Fault {
        headers = Map.copyOf(headers);
    }

    boolean matches(String requestMethod, String path) {
        return (method.equals("*") || method.equalsIgnoreCase(requestMethod)) && pathRegex.matcher(path).matches();
    }

    /** {"message":"Missing Permissions","code":50013}, what Discord says with 403. */
    public static final String MISSING_PERMISSIONS = DiscordJson.error("Missing Permissions", 50013);
    /** {"message":"Unknown Channel","code":10003}, with 404. */
    public static final String UNKNOWN_CHANNEL = DiscordJson.error("Unknown Channel", 10003);
    /** {"message":"Unknown Message","code":10008}, with 404. */
    public static final String UNKNOWN_MESSAGE = DiscordJson.error("Unknown Message", 10008);
    /** {"message":"Unknown interaction","code":10062}, with 404 (ack after 3 s, or twice). */
    public static final String UNKNOWN_INTERACTION = DiscordJson.error("Unknown interaction", 10062);
    /** {"message":"Unknown Webhook","code":10015}, with 404. */
    public static final String UNKNOWN_WEBHOOK = DiscordJson.error("Unknown Webhook", 10015);
    /** {"message":"Interaction has already been acknowledged.","code":40060}, with 400. */
    public static final String ALREADY_ACKNOWLEDGED =
            DiscordJson.error("Interaction has already been acknowledged.", 40060);
    /** {"message":"401: Unauthorized","code":0}, with 401. */
    public static final String UNAUTHORIZED = DiscordJson.error("401: Unauthorized", 0);
    /** {"message":"500: Internal Server Error","code":0}, with 500. */
    public static final String INTERNAL_ERROR = DiscordJson.error("500: Internal Server Error", 0);
}
