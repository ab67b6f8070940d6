package org.instarelay.instagram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import okhttp3.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the usage headers of one response say: whether a limit is reached, and when it lifts.
 *
 * <p>{@code X-App-Usage} is {@code {"call_count":28,"total_cputime":25,"total_time":25}} (percent).
 * {@code X-Business-Use-Case-Usage} is keyed by business id, each with a list of such objects that
 * may add {@code estimated_time_to_regain_access} in minutes. Instagram asks apps to stop at 100.
 *
 * @param atLimit true when any percentage in either header is 100 or more
 * @param regain  the longest {@code estimated_time_to_regain_access} above zero, or null
 */
record UsageReport(boolean atLimit, Duration regain) {

    static final String APP_USAGE = "X-App-Usage";
    static final String BUSINESS_USAGE = "X-Business-Use-Case-Usage";
    static final UsageReport NONE = new UsageReport(false, null);

    private static final Logger log = LoggerFactory.getLogger(UsageReport.class);
    private static final List<String> PERCENTAGES = List.of("call_count", "total_cputime", "total_time");

    /** Reads both headers; a header that is missing or unreadable counts as "no limit reached". */
    static UsageReport from(Headers headers, ObjectMapper json) {
        boolean atLimit = false;
        long regainMinutes = 0;
        JsonNode app = read(headers.get(APP_USAGE), json);
        if (app != null) {
            atLimit = atLimit(app);
        }
        JsonNode business = read(headers.get(BUSINESS_USAGE), json);
        if (business != null) {
            for (JsonNode perBusiness : business) {
                // Documented as a list; tolerate a bare object.
                Iterable<JsonNode> entries = perBusiness.isArray() ? perBusiness : List.of(perBusiness);
                for (JsonNode entry : entries) {
                    atLimit |= atLimit(entry);
                    regainMinutes = Math.max(regainMinutes, number(entry.get("estimated_time_to_regain_access")));
                }
            }
        }
        return new UsageReport(atLimit, regainMinutes > 0 ? Duration.ofMinutes(regainMinutes) : null);
    }

    private static boolean atLimit(JsonNode usage) {
        return PERCENTAGES.stream().anyMatch(name -> number(usage.get(name)) >= 100);
    }

    private static long number(JsonNode node) {
        if (node == null) {
            return 0;
        }
        if (node.isNumber()) {
            return (long) Math.ceil(node.doubleValue());
        }
        try {
            return (long) Math.ceil(Double.parseDouble(node.asText().trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static JsonNode read(String header, ObjectMapper json) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            JsonNode node = json.readTree(header);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            // A malformed header must not fail a good answer; the header holds no secrets.
            log.debug("Ignoring unreadable Instagram usage header: {}", header);
            return null;
        }
    }
}
