package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * What the fake answers.
 *
 * @param status  HTTP status
 * @param body    JSON text, or null for no body (204)
 * @param headers extra headers
 */
record RestResponse(int status, String body, Map<String, String> headers) {
    static RestResponse json(int status, JsonNode body) {
        return new RestResponse(status, DiscordJson.write(body), Map.of());
    }

    static RestResponse ok(JsonNode body) {
        return json(200, body);
    }

    static RestResponse noContent() {
        return new RestResponse(204, null, Map.of());
    }

    static RestResponse error(int status, String jsonBody) {
        return new RestResponse(status, jsonBody, Map.of());
    }

    static RestResponse of(Fault fault) {
        return new RestResponse(fault.status(), fault.body(), fault.headers());
    }
}
