package org.instarelay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import org.instarelay.testing.CoreFixture;
import org.instarelay.testing.FakeInstagram;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Metrics from a real run: the core's cycles counted in the registry /metrics scrapes")
class CoreMetricsTest {
    private static final String USER = "17841400000000001";
    private static final Instant POSTED = Instant.parse("2026-11-28T10:00:00Z");

    @RegisterExtension
    final CoreFixture fixture = CoreFixture.account(USER, "mountaineers").connected();

    @Test
    @DisplayName("two cycles: Instagram requests by outcome, posts delivered and failed, queue length, token days, cycles")
    void countsWhatHappened() {
        // GIVEN three new posts, a first media request that fails transiently, and a first post Discord refuses
        String before = scrape();
        int apiRequests = fixture.instagram().requestCount();
        for (int i = 1; i <= 3; i++) {
            fixture.instagram().publish(USER, POSTED.plusSeconds(i), "Post " + i);
        }
        fixture.instagram().failNextMedia(new MockResponse.Builder().code(500).body("oops").build());
        fixture.bot().publisher.refuseNext(1, "Missing permission: Attach Files in #photos");

        // WHEN a cycle runs (the refused post stops the queue), then another one (all three go out)
        fixture.bot().poll();
        String afterFirst = scrape();
        fixture.bot().poll();
        String after = scrape();

        // THEN the first cycle left three posts waiting, one failure not sent, nothing delivered
        assertEquals(3, value(afterFirst, "instarelay_queue_length"));
        assertEquals(1, delta(before, afterFirst, "instarelay_posts_failed_total{reason=\"not_sent\"}"));
        assertEquals(0, delta(before, afterFirst, "instarelay_posts_delivered_total"));
        // AND after both: three delivered, none waiting, two cycles timed
        assertEquals(3, delta(before, after, "instarelay_posts_delivered_total"));
        assertEquals(0, value(after, "instarelay_queue_length"));
        assertEquals(2, delta(before, after, "instarelay_cycles_total"));
        assertEquals(2, delta(before, after, "instarelay_cycle_duration_seconds_count"));
        // AND every request to Instagram is counted once by its outcome: the 500, then the page, then in
        // the second cycle the page and the check that the refused (now older) post still exists
        assertEquals(1, delta(before, after, "instarelay_instagram_requests_total{outcome=\"transient\"}"));
        assertEquals(3, delta(before, after, "instarelay_instagram_requests_total{outcome=\"ok\"}"));
        assertEquals(fixture.instagram().requestCount() - apiRequests,
                delta(before, after, "instarelay_instagram_requests_total{outcome=\"transient\"}")
                        + delta(before, after, "instarelay_instagram_requests_total{outcome=\"ok\"}"));
        // AND the token's days left are labelled by username: the fake's 60-day token, just issued
        double days = value(after, "instarelay_token_days_left{username=\"mountaineers\"}");
        assertTrue(days > 59 && days <= 60, "days left: " + days);
    }

    @Test
    @DisplayName("a revoked token counts as token_invalid, and no token, secret or address is in any label or value")
    void tokenInvalidAndNoSecrets() {
        // GIVEN the account's tokens are revoked on Instagram
        String before = scrape();
        fixture.instagram().revokeTokensOf(USER);

        // WHEN a cycle runs
        fixture.bot().poll();
        String after = scrape();

        // THEN the refused request is counted as token_invalid
        assertEquals(1, delta(before, after, "instarelay_instagram_requests_total{outcome=\"token_invalid\"}"));
        // AND nothing secret is anywhere in the scrape
        for (String token : fixture.instagram().issuedTokens()) {
            assertFalse(after.contains(token), "a token in /metrics");
        }
        assertFalse(after.contains(FakeInstagram.CLIENT_SECRET));
        assertFalse(after.contains(fixture.instagram().baseUrl()));
        assertFalse(after.contains("access_token"));
    }

    private String scrape() {
        return fixture.bot().core().metrics().scrape();
    }

    private static double delta(String before, String after, String series) {
        return value(after, series) - value(before, series);
    }

    /** The value of one series in Prometheus text ({@code name{labels} value}); 0 when it is not there yet. */
    private static double value(String scrape, String series) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
