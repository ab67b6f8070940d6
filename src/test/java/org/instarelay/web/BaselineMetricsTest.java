package org.instarelay.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.instarelay.testing.CoreFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Metrics: what a baseline stores without posting is counted as skipped, reason baseline")
class BaselineMetricsTest {
    private static final String USER = "17841400000000001";

    @RegisterExtension
    final CoreFixture fixture = CoreFixture.account(USER, "mountaineers")
            .published(instagram -> {
                for (int i = 1; i <= 4; i++) {
                    instagram.publish(USER, Instant.parse("2026-11-20T10:00:00Z").plusSeconds(i), "Old " + i);
                }
            })
            .connected();

    @Test
    @DisplayName("four posts there when the account connected: four skipped as baseline, none delivered")
    void baselineSkipped() {
        // GIVEN the account connected with four posts (the fixture took its baseline, poll.backfill=0)
        // WHEN /metrics is scraped
        String scrape = fixture.bot().core().metrics().scrape();

        // THEN the four are skipped on purpose, and nothing was delivered
        assertTrue(scrape.contains("instarelay_posts_skipped_total{reason=\"baseline\"} 4.0"), scrape);
        assertTrue(scrape.contains("instarelay_posts_delivered_total 0.0"), scrape);
    }
}
