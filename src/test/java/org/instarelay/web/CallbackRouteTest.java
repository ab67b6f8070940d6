package org.instarelay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Web face: the OAuth callback pages")
class CallbackRouteTest {
    private static final String CODE = "AQBx-secret-one-time-code";
    @RegisterExtension
    final WebHarness web = new WebHarness();

    @BeforeEach
    void start() {
        web.callback.issue("state-1", new FakeCallback.Issued("mountaineers", "photos",
                web.clock.instant().plus(Duration.ofMinutes(15)), false));
    }

    private WebHarness.Answer callback(String query) throws Exception {
        WebHarness.Answer answer = web.get("/instagram/callback?" + query);
        assertTrue(answer.header("Content-Type").startsWith("text/html"));
        assertEquals("no-store", answer.header("Cache-Control"));
        assertEquals("no-referrer", answer.header("Referrer-Policy"));
        assertFalse(answer.text().contains(CODE), "the code must never be echoed");
        return answer;
    }

    @Test
    @DisplayName("approving connects and says where posts go; a reload still reads as connected")
    void success() throws Exception {
        // WHEN Instagram sends the browser back with a code
        WebHarness.Answer first = callback("code=" + CODE + "&state=state-1");
        // THEN the page says it is connected
        assertEquals(200, first.status());
        assertTrue(first.text().contains("Connected @mountaineers. New posts go to #photos. You can close this tab."));
        // WHEN the person reloads the tab
        WebHarness.Answer reload = callback("code=" + CODE + "&state=state-1");
        // THEN it is the same good news, not an error
        assertEquals(200, reload.status());
        assertEquals(first.text(), reload.text());
    }

    @Test
    @DisplayName("a HEAD of the callback (a link checker) does not spend the code the browser brings next")
    void headSpendsNothing() throws Exception {
        // WHEN something sends HEAD to the callback address first
        WebHarness.Answer head = web.call("/instagram/callback?code=" + CODE + "&state=state-1", "HEAD");
        assertEquals(200, head.status());
        // THEN the person's GET still connects for the first time
        WebHarness.Answer get = callback("code=" + CODE + "&state=state-1");
        assertTrue(get.text().contains("Connected @mountaineers. New posts go to #photos."));
        assertEquals(1, web.callback.completions());
    }

    @Test
    @DisplayName("pressing Cancel on Instagram says nothing was connected and how to try again")
    void denied() throws Exception {
        WebHarness.Answer answer = callback("error=access_denied&error_reason=user_denied&error_description=<script>x</script>&state=state-1");
        assertTrue(answer.text().contains("You chose not to allow access"));
        assertTrue(answer.text().contains("/instagram authorize"));
        assertFalse(answer.text().contains("<script>"));
    }

    @Test
    @DisplayName("an expired, foreign or unknown state, a used code, a personal account and an outage each say what to do")
    void refusals() throws Exception {
        // An expired link
        web.callback.issue("old", new FakeCallback.Issued("mountaineers", "photos", web.clock.instant(), false));
        web.clock.advance(Duration.ofMinutes(16));
        assertRefused(callback("code=c1&state=old"), "This link has expired");
        // Someone else's link
        web.callback.issueForeign("theirs");
        assertRefused(callback("code=c2&state=theirs"), "belongs to someone else");
        // A made-up or missing state
        assertRefused(callback("code=c3&state=never-issued"), "not one the bot made");
        assertRefused(callback("code=c4"), "not one the bot made");
        // A code Instagram has seen already
        web.callback.issue("fresh", new FakeCallback.Issued("mountaineers", "photos",
                web.clock.instant().plus(Duration.ofMinutes(15)), false));
        web.callback.codeUsedElsewhere("c5");
        assertRefused(callback("code=c5&state=fresh"), "used already");
        // A personal account
        web.callback.issue("personal", new FakeCallback.Issued("holidaysnaps", "photos",
                web.clock.instant().plus(Duration.ofMinutes(15)), true));
        assertRefused(callback("code=c6&state=personal"), "@holidaysnaps is a personal account");
        // Instagram down
        web.callback.instagramDown = true;
        assertRefused(callback("code=c7&state=fresh"), "Instagram did not answer");
    }

    /** Refusals are pages for a person, answered 200 (see CallbackPage): the words carry the news. */
    private static void assertRefused(WebHarness.Answer answer, String says) {
        assertEquals(200, answer.status(), answer.text());
        assertTrue(answer.text().contains(says), answer.text());
        assertTrue(answer.text().contains("/instagram"), "says what to do next: " + answer.text());
    }
}
