package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET channels/{id}/messages} as Discord answers it (see REST_RULES.md): {@code limit}
 * from 1 to 100, 50 when absent, anything else 400 Invalid Form Body (50035); {@code before}
 * gives the {@code limit} newest messages older than that id, {@code after} the {@code limit}
 * oldest messages newer than it, and either way the page is sorted newest first.
 */
final class HistoryQuery {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 100;

    private final int limit;
    private final Long before;
    private final Long after;

    private HistoryQuery(int limit, Long before, Long after) {
        this.limit = limit;
        this.before = before;
        this.after = after;
    }

    /** The query, or the 400 Discord gives a limit out of range or an id that is not a snowflake. */
    static Result parse(Map<String, String> query) {
        try {
            int limit = query.containsKey("limit") ? Integer.parseInt(query.get("limit")) : DEFAULT_LIMIT;
            if (limit < 1 || limit > MAX_LIMIT) {
                return Result.refused(invalid("limit", "int value should be between 1 and 100."));
            }
            Long before = query.containsKey("before") ? Long.parseUnsignedLong(query.get("before")) : null;
            Long after = query.containsKey("after") ? Long.parseUnsignedLong(query.get("after")) : null;
            return new Result(new HistoryQuery(limit, before, after), null);
        } catch (NumberFormatException e) {
            return Result.refused(invalid("limit", "Value is not a valid number or snowflake."));
        }
    }

    /** This page of {@code oldestFirst}, newest first. */
    ArrayNode page(List<JsonNode> oldestFirst) {
        List<JsonNode> picked = new ArrayList<>();
        if (after != null && before == null) {
            // The messages right after the marker: walk forward from it.
            for (JsonNode message : oldestFirst) {
                if (picked.size() < limit && Long.compareUnsigned(id(message), after) > 0) {
                    picked.add(message);
                }
            }
            Collections.reverse(picked);
        } else {
            for (int i = oldestFirst.size() - 1; i >= 0 && picked.size() < limit; i--) {
                JsonNode message = oldestFirst.get(i);
                if ((before == null || Long.compareUnsigned(id(message), before) < 0)
                        && (after == null || Long.compareUnsigned(id(message), after) > 0)) {
                    picked.add(message);
                }
            }
        }
        ArrayNode page = DiscordJson.array();
        picked.forEach(page::add);
        return page;
    }

    private static long id(JsonNode message) {
        return Long.parseUnsignedLong(message.path("id").asText());
    }

    private static String invalid(String field, String message) {
        return "{\"message\":\"Invalid Form Body\",\"code\":50035,\"errors\":{\"" + field
                + "\":{\"_errors\":[{\"code\":\"NUMBER_TYPE_MAX\",\"message\":\"" + message + "\"}]}}}";
    }

    /** A query, or the refusal of one. */
    record Result(HistoryQuery query, String refusal) {
        static Result refused(String body) {
            return new Result(null, body);
        }

        Optional<String> refused() {
            return Optional.ofNullable(refusal);
        }
    }
}
