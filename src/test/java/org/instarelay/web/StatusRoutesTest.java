package org.instarelay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Web face: /health and /metrics")
class StatusRoutesTest {
    /** One sample line of the Prometheus text format: name, optional labels, a number. */
    private static final Pattern SAMPLE = Pattern.compile(
            "([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\]|\\\\.)*\",?)*\\})? (-?[0-9.eE+-]+|NaN|[+-]Inf)");
    @RegisterExtension
    final WebHarness web = new WebHarness();
    private final ObjectMapper json = new ObjectMapper();


    private JsonNode health(int expectedStatus) throws Exception {
        WebHarness.Answer answer = web.get("/health");
        assertEquals(expectedStatus, answer.status(), answer.text());
        assertTrue(answer.header("Content-Type").startsWith("application/json"));
        return json.readTree(answer.body());
    }

    @Test
    @DisplayName("the root address answers a small page saying the bot runs, linking /health, with the page headers; HEAD works, POST is 405")
    void rootPage() throws Exception {
        // GIVEN a running web face
        // WHEN someone opens the address status prints, as GET and as HEAD, and POSTs to it
        WebHarness.Answer get = web.get("/");
        WebHarness.Answer head = web.call("/", "HEAD");
        WebHarness.Answer post = web.call("/", "POST");

        // THEN GET is a 200 HTML page with the text and a link to /health, and the same security headers as other pages
        assertEquals(200, get.status(), get.text());
        assertTrue(get.header("Content-Type").startsWith("text/html"), get.header("Content-Type"));
        assertTrue(get.text().contains("InstaRelay is running. Health: <a href=\"/health\">/health</a>"), get.text());
        assertFalse(get.text().contains("nothing at this address"), get.text());
        WebHarness.Answer otherPage = web.get("/no/such/page");
        for (String header : List.of("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options",
                "Referrer-Policy")) {
            assertEquals(otherPage.header(header), get.header(header), header);
        }
        assertEquals(Headers.PAGE_POLICY, get.header("Content-Security-Policy"));
        // AND HEAD has the same status and type with no body, and POST is refused with Allow
        assertEquals(200, head.status());
        assertEquals(get.header("Content-Type"), head.header("Content-Type"));
        assertEquals(0, head.body().length);
        assertEquals(405, post.status());
        assertEquals("GET, HEAD", post.header("Allow"));
    }

    @Test
    @DisplayName("health goes 503 after three missed cycles and back to 200 when a cycle finishes")
    void missedCycles() throws Exception {
        // GIVEN a healthy bot polling every 10 minutes
        assertEquals("healthy", health(200).path("status").asText());
        // WHEN 29 minutes pass without a cycle, it is still healthy; at 31 it is not
        web.clock.advance(Duration.ofMinutes(29));
        health(200);
        web.clock.advance(Duration.ofMinutes(2));
        JsonNode sick = health(503);
        assertEquals("unhealthy", sick.path("status").asText());
        assertTrue(sick.path("problems").get(0).asText().contains("No poll cycle"));
        assertEquals(1860, sick.path("lastCycle").path("ageSeconds").asLong());
        // WHEN a cycle finishes
        web.health.cycleFinishedAt(web.clock.instant());
        // THEN it is healthy again
        assertEquals("healthy", health(200).path("status").asText());
    }

    @Test
    @DisplayName("a database that cannot be written is unhealthy at once")
    void database() throws Exception {
        web.health.databaseWritable(false);
        JsonNode sick = health(503);
        assertFalse(sick.path("database").path("writable").asBoolean());
        web.health.databaseWritable(true);
        health(200);
    }

    @Test
    @DisplayName("Discord down for under five minutes is fine, over five minutes is not")
    void discordGrace() throws Exception {
        // GIVEN Discord disconnected just now
        web.health.discord(false, web.clock.instant());
        web.clock.advance(Duration.ofMinutes(4));
        web.health.cycleFinishedAt(web.clock.instant());
        JsonNode fine = health(200);
        assertEquals("2026-03-01T12:00:00Z", fine.path("discord").path("disconnectedSince").asText());
        // WHEN it stays down past five minutes
        web.clock.advance(Duration.ofMinutes(2));
        health(503);
        // WHEN it reconnects
        web.health.discord(true, web.clock.instant());
        assertTrue(health(200).path("discord").path("connected").asBoolean());
    }

    @Test
    @DisplayName("accounts waiting for re-authorization are listed for a person")
    void reauthorization() throws Exception {
        web.health.needingReauthorization(List.of("mountaineers"));
        assertEquals("mountaineers", health(200).path("accountsNeedingReauthorization").get(0).asText());
    }

    @Test
    @DisplayName("metrics parse as Prometheus text and count requests by route template, never by key")
    void metrics() throws Exception {
        // GIVEN a feed fetched twice, a bad key, and the bot's own meters moving
        web.feeds.put(Feeds.KEY, Feeds.feed(2, WebHarness.START, "http://bot.example.org/pictures/a.jpg"));
        web.get("/feeds/" + Feeds.KEY + ".json");
        web.get("/feeds/" + Feeds.KEY + ".json");
        web.get("/feeds/wrongKeyWrongKeyWrongKey.json");
        web.metrics.cycleFinished(Duration.ofMillis(1500));
        web.metrics.instagramRequest("ok");
        web.metrics.instagramRequest("IGQVJtoken-like-VALUE");
        web.metrics.postDelivered();
        web.metrics.postSkipped("filtered");
        web.metrics.postFailed("missing_permission");
        web.metrics.queueLength(7);
        web.metrics.tokenDaysLeft("mountaineers", 42.5);
        web.metrics.tokenDaysLeft("not a username/../", 1);
        // WHEN metrics are scraped
        WebHarness.Answer answer = web.get("/metrics");
        // THEN every line is a comment or a valid sample, and the figures are what happened
        assertEquals(200, answer.status());
        assertTrue(answer.header("Content-Type").startsWith("text/plain"));
        Map<String, Double> samples = parse(answer.text());
        assertEquals(2.0, samples.get("instarelay_http_requests_total{route=\"/feeds/{key}.json\",status=\"200\"}"));
        assertEquals(1.0, samples.get("instarelay_http_requests_total{route=\"/feeds/{key}.json\",status=\"404\"}"));
        assertEquals(1.0, samples.get("instarelay_cycles_total"));
        assertEquals(1.5, samples.get("instarelay_cycle_duration_seconds_sum"));
        assertEquals(1.0, samples.get("instarelay_instagram_requests_total{outcome=\"ok\"}"));
        assertEquals(1.0, samples.get("instarelay_instagram_requests_total{outcome=\"other\"}"));
        assertEquals(1.0, samples.get("instarelay_posts_delivered_total"));
        assertEquals(1.0, samples.get("instarelay_posts_skipped_total{reason=\"filtered\"}"));
        assertEquals(1.0, samples.get("instarelay_posts_failed_total{reason=\"missing_permission\"}"));
        assertEquals(7.0, samples.get("instarelay_queue_length"));
        assertEquals(42.5, samples.get("instarelay_token_days_left{username=\"mountaineers\"}"));
        // AND no key or secret-shaped value appears anywhere
        assertFalse(answer.text().contains(Feeds.KEY));
        assertFalse(answer.text().contains("wrongKey"));
        assertFalse(answer.text().contains("IGQVJ"));
        assertFalse(answer.text().contains("not a username"));
    }

    private static Map<String, Double> parse(String text) {
        Map<String, Double> samples = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty() || line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            assertTrue(sample.matches(), "not Prometheus text: " + line);
            samples.put(sample.group(1) + (sample.group(2) == null ? "" : sample.group(2)),
                    Double.parseDouble(sample.group(3)));
        }
        return samples;
    }
}
