package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One REST request the fake received, together with the status it answered.
 *
 * @param method       HTTP method, upper case
 * @param path         decoded path below {@code /api/v10/}, e.g. {@code webhooks/1/tok/messages/@original}
 * @param rawPath      the path exactly as sent, e.g. {@code /api/v10/webhooks/1/tok/messages/%40original}
 * @param query        raw query string or null, e.g. {@code with_response=true}
 * @param headers      header names in lower case
 * @param body         raw body bytes
 * @param json         the body parsed as JSON, null unless the body is JSON
 * @param parts        multipart parts, empty unless the body is multipart
 * @param status       the status the fake answered with
 * @param responseBody the body the fake answered with ("" for none)
 * @param receivedAt   when it arrived
 */
public record RecordedRequest(String method, String path, String rawPath, String query,
                              Map<String, List<String>> headers, byte[] body, JsonNode json,
                              List<MultipartPart> parts, int status, String responseBody,
                              Instant receivedAt) {

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** First value of a header, name case-insensitive. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The message payload however it was sent: the JSON body, or the {@code payload_json} part of
     * a multipart body. Null if neither exists.
     */
    public JsonNode payload() {
        if (json != null) {
            return json;
        }
        return part("payload_json").map(p -> DiscordJson.parse(p.text())).orElse(null);
    }

    public Optional<MultipartPart> part(String name) {
        return parts.stream().filter(p -> name.equals(p.name())).findFirst();
    }

    /** The parts that carry files ({@code files[n]}), in order. */
    public List<MultipartPart> files() {
        return parts.stream().filter(MultipartPart::isFile).toList();
    }

    /** Whether the query string contains {@code name=value}. */
    public boolean hasQuery(String name, String value) {
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            if (pair.equals(name + "=" + value)) {
                return true;
            }
        }
        return false;
    }

    /** Whether method and decoded {@link #path()} match; the regex must match the whole path. */
    public boolean is(String method, String pathRegex) {
        return this.method.equalsIgnoreCase(method) && Pattern.matches(pathRegex, path);
    }

    /** A predicate for {@link FakeDiscord#awaitRequest}, e.g. {@code to("POST", "channels/\\d+/messages")}. */
    public static Predicate<RecordedRequest> to(String method, String pathRegex) {
        return r -> r.is(method, pathRegex);
    }

    @Override
    public String toString() {
        return method + " " + path + (query == null ? "" : "?" + query) + " -> " + status;
    }
}
