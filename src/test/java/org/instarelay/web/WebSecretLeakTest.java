package org.instarelay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.instarelay.testing.LogCapture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Web face: feed keys and one-time codes stay out of logs, pages and metrics")
class WebSecretLeakTest {
    private static final String CODE = "AQDsecretOneTimeCode-777";
    @RegisterExtension
    final WebHarness web = new WebHarness();

    @Test
    @DisplayName("a failing feed and a callback log neither the key nor the code")
    void nothingInTheLog() throws Exception {
        // GIVEN a feed whose source fails, and an issued authorize link
        web.feeds.put(Feeds.KEY, Feeds.feed(1, WebHarness.START, "http://bot.example.org/pictures/a.jpg"));
        web.callback.issue("state-9", new FakeCallback.Issued("mountaineers", "photos",
                web.clock.instant().plus(Duration.ofMinutes(15)), false));
        try (LogCapture log = LogCapture.capture()) {
            // WHEN the feed fails, an unknown key is tried and the callback completes
            web.feeds.failure = new IllegalStateException("store unavailable");
            assertEquals(500, web.get("/feeds/" + Feeds.KEY + ".json").status());
            web.feeds.failure = null;
            web.get("/feeds/someoneGuessingKeys0000000.xml");
            web.get("/instagram/callback?code=" + CODE + "&state=state-9");
            // THEN the failure is logged by route template, without the key or the code
            assertTrue(log.text().contains("/feeds/{key}.json"), log.text());
            assertFalse(log.text().contains(Feeds.KEY));
            assertFalse(log.text().contains("someoneGuessingKeys"));
            assertFalse(log.text().contains(CODE));
        }
        // AND the metrics carry neither
        String metrics = web.get("/metrics").text();
        assertFalse(metrics.contains(Feeds.KEY));
        assertFalse(metrics.contains(CODE));
    }
}
