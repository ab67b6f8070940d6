package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.regex.Matcher;

/**
 * A request as a route handler sees it.
 *
 * @param request the recorded form (status not yet known, so 0)
 * @param match   the route's path match; group(1).. are the ids in the path
 */
record RestCall(RecordedRequest request, Matcher match) {
    String group(int i) {
        return match.group(i);
    }

    /** JSON body or multipart {@code payload_json}. */
    JsonNode payload() {
        return request.payload();
    }

    List<MultipartPart> parts() {
        return request.parts();
    }

    boolean hasQuery(String name, String value) {
        return request.hasQuery(name, value);
    }
}
