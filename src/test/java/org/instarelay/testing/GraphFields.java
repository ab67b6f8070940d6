package org.instarelay.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Graph API {@code fields} parameter, nested edges included:
 * {@code id,caption,children{id,media_url,alt_text}}. Instagram answers only the fields asked
 * for, at every level, so a field the client forgets (a child's {@code alt_text}, say) is missing
 * from the fake's answer too, and a test that needs it fails.
 */
final class GraphFields {
    /** Each asked field, with what is asked of it when it is an edge ({@code children{...}}), else null. */
    private final Map<String, GraphFields> fields;

    private GraphFields(Map<String, GraphFields> fields) {
        this.fields = fields;
    }

    /** The parsed parameter; null or blank asks for nothing in particular (every field comes back). */
    static GraphFields parse(String parameter) {
        int[] at = {0};
        return parameter == null || parameter.isBlank() ? new GraphFields(Map.of()) : parse(parameter, at);
    }

    /** Reads names up to the closing brace of this level (or the end), moving {@code at} past it. */
    private static GraphFields parse(String text, int[] at) {
        Map<String, GraphFields> fields = new LinkedHashMap<>();
        StringBuilder name = new StringBuilder();
        while (at[0] < text.length()) {
            char c = text.charAt(at[0]++);
            if (c == '{') {
                fields.put(name.toString().strip(), parse(text, at));
                name.setLength(0);
            } else if (c == ',' || c == '}') {
                if (!name.toString().isBlank()) {
                    fields.put(name.toString().strip(), null);
                }
                name.setLength(0);
                if (c == '}') {
                    return new GraphFields(fields);
                }
            } else {
                name.append(c);
            }
        }
        if (!name.toString().isBlank()) {
            fields.put(name.toString().strip(), null);
        }
        return new GraphFields(fields);
    }

    /** A copy of {@code node} holding only the asked fields; an edge's {@code data} items likewise. */
    ObjectNode select(ObjectNode node) {
        ObjectNode copy = node.deepCopy();
        if (fields.isEmpty()) {
            return copy;
        }
        copy.retain(fields.keySet());
        fields.forEach((name, nested) -> {
            JsonNode edge = copy.get(name);
            if (nested != null && edge != null && edge.path("data").isArray()) {
                ArrayNode items = (ArrayNode) edge.get("data");
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i).isObject()) {
                        items.set(i, nested.select((ObjectNode) items.get(i)));
                    }
                }
            }
        });
        return copy;
    }
}
