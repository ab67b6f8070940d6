package org.instarelay.instagram;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import org.instarelay.common.Secret;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Instagram authorization and token exchanges")
class InstagramAuthTest extends InstagramServerTest {

    @Test
    @DisplayName("the authorize link carries the app, redirect, code response, comma-joined scopes and state")
    void authorizeUrl() {
        // GIVEN a state with characters that need encoding
        String state = "a b&c=d/é";

        // WHEN the link is built
        HttpUrl url = HttpUrl.parse(client.authorizeUrl(state));

        // THEN every parameter reads back exactly, and nothing was sent
        assertAll(
                () -> assertEquals("/oauth/authorize", url.encodedPath()),
                () -> assertEquals(CLIENT_ID, url.queryParameter("client_id")),
                () -> assertEquals(REDIRECT, url.queryParameter("redirect_uri")),
                () -> assertEquals("code", url.queryParameter("response_type")),
                () -> assertEquals("instagram_business_basic,instagram_business_content_publish",
                        url.queryParameter("scope")),
                () -> assertEquals(state, url.queryParameter("state")),
                () -> assertEquals(0, server.getRequestCount()));
    }

    @Test
    @DisplayName("the code exchange posts the five form fields and reads a flat answer with a numeric user_id above 2^53")
    void exchangeCodeFlat() throws Exception {
        // GIVEN Instagram answers flat, user_id as a JSON number a double cannot hold exactly
        answer(200, "{\"access_token\":\"" + TOKEN + "\",\"user_id\":17841405793187219,"
                + "\"permissions\":[\"instagram_business_basic\"]}");

        // WHEN a code is exchanged
        ShortLivedToken token = client.exchangeCode(Secret.of(CODE));

        // THEN the request is the documented form post, and the answer is read digit for digit
        RecordedRequest request = taken();
        HttpUrl form = HttpUrl.parse("http://form/?" + request.getBody().utf8());
        assertAll(
                () -> assertEquals("POST", request.getMethod()),
                () -> assertEquals("/oauth/access_token", request.getUrl().encodedPath()),
                () -> assertTrue(request.getHeaders().get("Content-Type").startsWith("application/x-www-form-urlencoded")),
                () -> assertEquals(CLIENT_ID, form.queryParameter("client_id")),
                () -> assertEquals(SECRET, form.queryParameter("client_secret")),
                () -> assertEquals("authorization_code", form.queryParameter("grant_type")),
                () -> assertEquals(REDIRECT, form.queryParameter("redirect_uri")),
                () -> assertEquals(CODE, form.queryParameter("code")),
                () -> assertEquals(TOKEN, token.accessToken().reveal()),
                () -> assertEquals("17841405793187219", token.userId()));
    }

    @Test
    @DisplayName("the code exchange reads the documented answer wrapped in data[] with a string user_id")
    void exchangeCodeWrapped() throws Exception {
        // GIVEN the documented, wrapped shape
        answer(200, "{\"data\":[{\"access_token\":\"" + TOKEN + "\",\"user_id\":\"17841405793187218\","
                + "\"permissions\":\"instagram_business_basic\"}]}");

        // WHEN a code is exchanged
        ShortLivedToken token = client.exchangeCode(Secret.of(CODE));

        // THEN token and id are read from inside data[0]
        assertEquals(TOKEN, token.accessToken().reveal());
        assertEquals("17841405793187218", token.userId());
    }

    @Test
    @DisplayName("a user_id too large even for a long is kept exactly")
    void exchangeCodeHugeId() throws Exception {
        // GIVEN a user_id beyond Long.MAX_VALUE
        answer(200, "{\"access_token\":\"" + TOKEN + "\",\"user_id\":123456789012345678901}");

        // WHEN / THEN it comes back as the same digits
        assertEquals("123456789012345678901", client.exchangeCode(Secret.of(CODE)).userId());
    }

    @Test
    @DisplayName("a code pasted with its '#_' ending is sent without it")
    void exchangeCodeStripsFragment() throws Exception {
        // GIVEN a code copied with Instagram's fragment
        answer(200, "{\"access_token\":\"" + TOKEN + "\",\"user_id\":\"1\"}");

        // WHEN it is exchanged
        client.exchangeCode(Secret.of(CODE + "#_"));

        // THEN Instagram receives the bare code
        HttpUrl form = HttpUrl.parse("http://form/?" + taken().getBody().utf8());
        assertEquals(CODE, form.queryParameter("code"));
    }

    @Test
    @DisplayName("a used or expired code is CODE_REJECTED with a message that says why and what to do")
    void codeRejected() {
        // GIVEN Instagram's answer to a spent code
        answer(400, "{\"error_type\":\"OAuthException\",\"code\":400,"
                + "\"error_message\":\"Matching code was not found or was already used\"}");

        // WHEN the code is exchanged
        InstagramException e = failure(() -> client.exchangeCode(Secret.of(CODE)));

        // THEN it is classified and explained
        String message = e.getMessage();
        assertAll(
                () -> assertEquals(InstagramException.Kind.CODE_REJECTED, e.kind()),
                () -> assertTrue(message.contains("already used"), message),
                () -> assertTrue(message.contains("older than an hour"), message),
                () -> assertTrue(message.contains("#_"), message),
                () -> assertTrue(message.contains("new authorize link"), message));
    }

    @Test
    @DisplayName("'Invalid redirect_uri' is REJECTED and names instagram.redirect-uri and the exact-match rule")
    void invalidRedirect() {
        // GIVEN Instagram refuses the redirect
        answer(400, "{\"error_type\":\"OAuthException\",\"code\":400,\"error_message\":\"Invalid redirect_uri\"}");

        // WHEN the code is exchanged
        InstagramException e = failure(() -> client.exchangeCode(Secret.of(CODE)));

        // THEN the message points at the setting
        assertEquals(InstagramException.Kind.REJECTED, e.kind());
        assertTrue(e.getMessage().contains("instagram.redirect-uri"), e.getMessage());
        assertTrue(e.getMessage().contains("trailing slash"), e.getMessage());
    }

    @Test
    @DisplayName("'Invalid platform app' is REJECTED and says to use the Instagram app id and secret")
    void invalidPlatformApp() {
        // GIVEN the Meta app id was configured
        answer(400, "{\"error_type\":\"OAuthException\",\"code\":400,\"error_message\":\"Invalid platform app\"}");

        // WHEN the code is exchanged
        InstagramException e = failure(() -> client.exchangeCode(Secret.of(CODE)));

        // THEN the message names both settings and the Meta app id mistake
        assertEquals(InstagramException.Kind.REJECTED, e.kind());
        assertTrue(e.getMessage().contains("instagram.client-id"), e.getMessage());
        assertTrue(e.getMessage().contains("instagram.client-secret"), e.getMessage());
        assertTrue(e.getMessage().contains("not the Meta app ID"), e.getMessage());
    }

    @Test
    @DisplayName("'Insufficient Developer Role' is REJECTED and says to add the account as an Instagram tester")
    void insufficientDeveloperRole() {
        // GIVEN an account that is not a tester of a development-mode app
        answer(400, "{\"error_type\":\"OAuthException\",\"code\":400,\"error_message\":\"Insufficient Developer Role\"}");

        // WHEN the code is exchanged
        InstagramException e = failure(() -> client.exchangeCode(Secret.of(CODE)));

        // THEN the fix is named
        assertEquals(InstagramException.Kind.REJECTED, e.kind());
        assertTrue(e.getMessage().contains("Instagram tester"), e.getMessage());
    }

    @Test
    @DisplayName("the long-lived exchange is a GET with grant type, client secret and the short token")
    void exchangeForLongLived() throws Exception {
        // GIVEN Instagram's documented answer
        answer(200, "{\"access_token\":\"IGAAlongLivedToken1234567890abcdef\",\"token_type\":\"bearer\","
                + "\"expires_in\":5183944}");

        // WHEN a short-lived token is exchanged
        LongLivedToken token = client.exchangeForLongLived(Secret.of(TOKEN));

        // THEN the request carries the documented parameters and the answer is read
        RecordedRequest request = taken();
        assertAll(
                () -> assertEquals("GET", request.getMethod()),
                () -> assertEquals("/access_token", request.getUrl().encodedPath()),
                () -> assertEquals("ig_exchange_token", request.getUrl().queryParameter("grant_type")),
                () -> assertEquals(SECRET, request.getUrl().queryParameter("client_secret")),
                () -> assertEquals(TOKEN, request.getUrl().queryParameter("access_token")),
                () -> assertEquals("IGAAlongLivedToken1234567890abcdef", token.accessToken().reveal()),
                () -> assertEquals(Duration.ofSeconds(5183944), token.expiresIn()));
    }

    @Test
    @DisplayName("a refresh is a GET with the refresh grant and the long token, and no client secret")
    void refresh() throws Exception {
        // GIVEN Instagram's documented answer
        answer(200, "{\"access_token\":\"IGAArefreshedToken1234567890abcdef\",\"token_type\":\"bearer\","
                + "\"expires_in\":5184000}");

        // WHEN a long-lived token is refreshed
        LongLivedToken token = client.refresh(Secret.of(TOKEN));

        // THEN the request carries the documented parameters and the answer is read
        RecordedRequest request = taken();
        assertAll(
                () -> assertEquals("/refresh_access_token", request.getUrl().encodedPath()),
                () -> assertEquals("ig_refresh_token", request.getUrl().queryParameter("grant_type")),
                () -> assertEquals(TOKEN, request.getUrl().queryParameter("access_token")),
                () -> assertNull(request.getUrl().queryParameter("client_secret")),
                () -> assertEquals("IGAArefreshedToken1234567890abcdef", token.accessToken().reveal()),
                () -> assertEquals(Duration.ofDays(60), token.expiresIn()));
    }

    @Test
    @DisplayName("the code exchange is sent once, on a connection of its own, even when the answer is lost")
    void exchangeCodeNeverResent() throws Exception {
        // GIVEN a pooled connection from an earlier read, and an exchange whose answer is cut off
        answer(200, "{\"user_id\":\"1\",\"username\":\"relaytest\"}");
        client.profile(Secret.of(TOKEN));
        server.enqueue(new MockResponse.Builder().code(200).body("{}")
                .onResponseStart(new SocketEffect.CloseSocket()).build());

        // WHEN the code is exchanged
        InstagramException e = failure(() -> client.exchangeCode(Secret.of(CODE)));

        // THEN it failed as transient after exactly one attempt, not on the pooled connection
        RecordedRequest read = taken();
        RecordedRequest exchange = taken();
        assertAll(
                () -> assertEquals(InstagramException.Kind.TRANSIENT, e.kind()),
                () -> assertEquals(2, server.getRequestCount()),
                () -> assertEquals("POST", exchange.getMethod()),
                () -> assertTrue(exchange.getConnectionIndex() != read.getConnectionIndex()));
    }
}
