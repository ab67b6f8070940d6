package org.instarelay.instagram;

import static org.instarelay.instagram.InstagramException.Kind.RATE_LIMITED;
import static org.instarelay.instagram.InstagramException.Kind.REJECTED;
import static org.instarelay.instagram.InstagramException.Kind.TOKEN_INVALID;
import static org.instarelay.instagram.InstagramException.Kind.TRANSIENT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.instarelay.common.Secret;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Instagram error classification")
class InstagramErrorTest extends InstagramServerTest {

    @ParameterizedTest(name = "subcode {0}")
    @DisplayName("error 190 is TOKEN_INVALID, says why by subcode and how to reconnect")
    @CsvSource(nullValues = "none", value = {
            "463, expired", "460, password", "458, removed", "467, invalid", "none, revoked"})
    void tokenInvalid(Integer subcode, String reason) {
        // GIVEN Instagram refuses the token
        answer(400, graphError(190, subcode, "Error validating access token: Session has expired."));

        // WHEN the account is read
        InstagramException e = failure(() -> client.firstMediaPage(Secret.of(TOKEN), 25));

        // THEN the caller learns to stop polling and the operator learns what to do
        assertAll(
                () -> assertEquals(TOKEN_INVALID, e.kind()),
                () -> assertEquals(Optional.of(190), e.code()),
                () -> assertEquals(Optional.ofNullable(subcode), e.subcode()),
                () -> assertTrue(e.getMessage().contains(reason), e.getMessage()),
                () -> assertTrue(e.getMessage().contains("authorized again"), e.getMessage()));
    }

    @ParameterizedTest(name = "code {0}")
    @DisplayName("rate-limit codes are RATE_LIMITED, app-wide only for code 4, with a default wait")
    @CsvSource({"4, true, 15", "17, false, 10", "32, false, 10", "613, false, 10", "80002, false, 10"})
    void rateLimited(int code, boolean appWide, long minutes) {
        // GIVEN a rate-limit error without usage headers
        answer(400, graphError(code, null, "Application request limit reached"));

        // WHEN the account is read
        InstagramException e = failure(() -> client.profile(Secret.of(TOKEN)));

        // THEN the caller is told to back off, and for how long
        assertAll(
                () -> assertEquals(RATE_LIMITED, e.kind()),
                () -> assertEquals(Optional.of(code), e.code()),
                () -> assertEquals(appWide, e.appWide()),
                () -> assertEquals(Optional.of(Duration.ofMinutes(minutes)), e.retryAfter()));
    }

    @Test
    @DisplayName("a rate-limit error takes its wait from estimated_time_to_regain_access")
    void rateLimitedRegainTime() {
        // GIVEN a user rate limit whose usage header says access returns in 42 minutes
        server.enqueue(new MockResponse.Builder().code(400).body(graphError(17, null, "User request limit reached"))
                .addHeader("X-Business-Use-Case-Usage", "{\"17841405793187218\":[{\"type\":\"instagram\","
                        + "\"call_count\":100,\"total_cputime\":3,\"total_time\":4,\"estimated_time_to_regain_access\":42}]}")
                .build());

        // WHEN the account is read
        InstagramException e = failure(() -> client.profile(Secret.of(TOKEN)));

        // THEN that is the wait
        assertEquals(RATE_LIMITED, e.kind());
        assertEquals(Optional.of(Duration.ofMinutes(42)), e.retryAfter());
    }

    @Test
    @DisplayName("error 4 shuts the app-wide gate: the next call fails without a request")
    void appLimitShutsGate() {
        // GIVEN the app-wide limit was reported once
        answer(400, graphError(4, null, "Application request limit reached"));
        failure(() -> client.profile(Secret.of(TOKEN)));

        // WHEN another call is made
        InstagramException e = failure(() -> client.firstMediaPage(Secret.of(TOKEN), 25));

        // THEN it is refused locally
        assertEquals(RATE_LIMITED, e.kind());
        assertTrue(e.appWide());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    @DisplayName("X-App-Usage at 100 blocks every later call until the default wait has passed")
    void appUsageHeaderBlocks() throws Exception {
        // GIVEN a successful answer that reports the app at 100% of its call count
        server.enqueue(new MockResponse.Builder().code(200)
                .body("{\"user_id\":\"1\",\"username\":\"relaytest\"}")
                .addHeader("X-App-Usage", "{\"call_count\":100,\"total_cputime\":12,\"total_time\":20}").build());
        answer(200, "{\"user_id\":\"1\",\"username\":\"relaytest\"}");

        // WHEN that answer is read, and more calls follow
        Profile profile = client.profile(Secret.of(TOKEN));
        InstagramException blocked = failure(() -> client.firstMediaPage(Secret.of(TOKEN), 25));
        clock.advance(Duration.ofMinutes(14));
        InstagramException stillBlocked = failure(() -> client.refresh(Secret.of(TOKEN)));

        // THEN the good answer is still returned, and later calls are refused without a request
        assertEquals("relaytest", profile.username());
        assertAll(
                () -> assertEquals(RATE_LIMITED, blocked.kind()),
                () -> assertTrue(blocked.appWide()),
                () -> assertEquals(Optional.of(Duration.ofMinutes(15)), blocked.retryAfter()),
                () -> assertEquals(RATE_LIMITED, stillBlocked.kind()),
                () -> assertEquals(Optional.of(Duration.ofMinutes(1)), stillBlocked.retryAfter()),
                () -> assertEquals(1, server.getRequestCount()));

        // AND once the wait has passed, calls go out again
        clock.advance(Duration.ofMinutes(1));
        assertEquals("relaytest", client.profile(Secret.of(TOKEN)).username());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    @DisplayName("X-Business-Use-Case-Usage at 100 blocks for its estimated_time_to_regain_access")
    void businessUsageHeaderBlocksForRegainTime() throws Exception {
        // GIVEN an answer whose business usage is at 100% with access back in 30 minutes
        server.enqueue(new MockResponse.Builder().code(200).body("{\"data\":[]}")
                .addHeader("X-Business-Use-Case-Usage", "{\"17841405793187218\":[{\"type\":\"instagram\","
                        + "\"call_count\":20,\"total_cputime\":100,\"total_time\":40,\"estimated_time_to_regain_access\":30}]}")
                .build());
        answer(200, "{\"data\":[]}");
        client.firstMediaPage(Secret.of(TOKEN), 25);

        // WHEN a call is made after 29 minutes, and again after 30
        clock.advance(Duration.ofMinutes(29));
        InstagramException blocked = failure(() -> client.firstMediaPage(Secret.of(TOKEN), 25));
        clock.advance(Duration.ofMinutes(1));
        client.firstMediaPage(Secret.of(TOKEN), 25);

        // THEN the first is refused locally and the second goes out
        assertTrue(blocked.appWide());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    @DisplayName("usage below 100 does not block")
    void usageBelowLimit() throws Exception {
        // GIVEN an answer at 99%
        server.enqueue(new MockResponse.Builder().code(200).body("{\"data\":[]}")
                .addHeader("X-App-Usage", "{\"call_count\":99,\"total_cputime\":99,\"total_time\":99}").build());
        answer(200, "{\"data\":[]}");

        // WHEN two calls are made
        client.firstMediaPage(Secret.of(TOKEN), 25);
        client.firstMediaPage(Secret.of(TOKEN), 25);

        // THEN both reached Instagram
        assertEquals(2, server.getRequestCount());
    }

    @ParameterizedTest(name = "HTTP {0}")
    @DisplayName("HTTP 5xx without a Graph code is TRANSIENT")
    @ValueSource(ints = {500, 502, 503})
    void serverError(int status) {
        // GIVEN a server failure page
        server.enqueue(new MockResponse.Builder().code(status).body("<html>Oops</html>").build());

        // WHEN / THEN
        assertEquals(TRANSIENT, failure(() -> client.profile(Secret.of(TOKEN))).kind());
    }

    @ParameterizedTest(name = "code {0}")
    @DisplayName("Graph codes 1 and 2 are TRANSIENT whatever the HTTP status")
    @ValueSource(ints = {1, 2})
    void transientCodes(int code) {
        // GIVEN a Graph error that says "try again"
        answer(400, graphError(code, null, "An unexpected error has occurred. Please retry your request later."));

        // WHEN / THEN
        InstagramException e = failure(() -> client.profile(Secret.of(TOKEN)));
        assertEquals(TRANSIENT, e.kind());
        assertEquals(Optional.of(code), e.code());
    }

    @Test
    @DisplayName("a 200 answer that is not JSON is TRANSIENT")
    void notJson() {
        // GIVEN a captive portal or proxy page
        server.enqueue(new MockResponse.Builder().code(200).body("<html><body>Sign in to Wi-Fi</body></html>").build());

        // WHEN / THEN
        assertEquals(TRANSIENT, failure(() -> client.firstMediaPage(Secret.of(TOKEN), 25)).kind());
    }

    @Test
    @DisplayName("an answer that does not come in time is TRANSIENT")
    void timeout() {
        // GIVEN a client that waits 300 ms and a server that answers after 3 s
        InstagramClient impatient = clientWith(new OkHttpClient.Builder().readTimeout(300, TimeUnit.MILLISECONDS).build());
        server.enqueue(new MockResponse.Builder().code(200).body("{\"data\":[]}").headersDelay(3, TimeUnit.SECONDS).build());

        // WHEN the media is read
        InstagramException e = failure(() -> impatient.firstMediaPage(Secret.of(TOKEN), 25));

        // THEN it is a transient failure with our own words
        assertEquals(TRANSIENT, e.kind());
        assertEquals("Instagram did not answer in time; the bot will try again later.", e.getMessage());
    }

    @Test
    @DisplayName("a connection dropped mid-answer is TRANSIENT")
    void connectionDropped() {
        // GIVEN a server that hangs up as it starts answering
        server.enqueue(new MockResponse.Builder().code(200).body("{\"data\":[]}")
                .onResponseStart(new SocketEffect.CloseSocket()).build());

        // WHEN / THEN
        InstagramException e = failure(() -> client.firstMediaPage(Secret.of(TOKEN), 25));
        assertEquals(TRANSIENT, e.kind());
        assertTrue(e.getMessage().startsWith("could not reach "), e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    @DisplayName("an unreachable host is TRANSIENT and named without the address")
    void unreachable() throws IOException {
        // GIVEN a client pointed at a port nobody listens on any more
        MockWebServer gone = new MockWebServer();
        gone.start();
        HttpUrl goneUrl = gone.url("/");
        gone.close();
        InstagramClient lost = new InstagramClient(new OkHttpClient(), new ObjectMapper(), settings(goneUrl), clock);

        // WHEN the media is read
        InstagramException e = failure(() -> lost.firstMediaPage(Secret.of(TOKEN), 25));

        // THEN the message names the host and the failure type only
        assertEquals(TRANSIENT, e.kind());
        assertEquals("could not reach " + goneUrl.host() + ": ConnectException; the bot will try again later.",
                e.getMessage());
    }

    @Test
    @DisplayName("error 100 is REJECTED with Instagram's explanation")
    void badRequest() {
        // GIVEN Instagram refuses a field
        answer(400, graphError(100, null, "Tried accessing nonexisting field (frobnicate) on node type (User)"));

        // WHEN / THEN
        InstagramException e = failure(() -> client.profile(Secret.of(TOKEN)));
        assertEquals(REJECTED, e.kind());
        assertEquals(Optional.of(100), e.code());
        assertTrue(e.getMessage().contains("Tried accessing nonexisting field (frobnicate)"), e.getMessage());
        assertFalse(e.getMessage().contains("personal"), e.getMessage());
    }

    @Test
    @DisplayName("an unsupported request on /me is REJECTED with the personal-account hint")
    void personalAccountHint() {
        // GIVEN the refusal a personal account's /me read gets
        answer(400, graphError(100, 33, "Unsupported get request. Object with ID 'me' does not exist, cannot be "
                + "loaded due to missing permissions, or does not support this operation."));

        // WHEN / THEN
        InstagramException e = failure(() -> client.profile(Secret.of(TOKEN)));
        assertEquals(REJECTED, e.kind());
        assertTrue(e.getMessage().contains("Business or Creator"), e.getMessage());
    }

    @ParameterizedTest(name = "code {0}")
    @DisplayName("permission codes 10 and 200-299 are REJECTED and point at the scopes")
    @ValueSource(ints = {10, 200, 299})
    void permission(int code) {
        // GIVEN a permission refusal
        answer(403, graphError(code, null, "Application does not have permission for this action"));

        // WHEN / THEN
        InstagramException e = failure(() -> client.firstMediaPage(Secret.of(TOKEN), 25));
        assertEquals(REJECTED, e.kind());
        assertTrue(e.getMessage().contains("instagram.scopes"), e.getMessage());
    }
}
