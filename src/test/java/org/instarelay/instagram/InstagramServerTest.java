package org.instarelay.instagram;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.instarelay.testing.InstagramSettingsBuilder;
import org.instarelay.testing.MutableClock;
import okhttp3.HttpUrl;
import org.instarelay.testing.MutableClock;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;

/**
 * Shared fixture: a real {@link InstagramClient} talking over a socket to a {@link MockWebServer}
 * that stands in for all three Instagram hosts.
 */
abstract class InstagramServerTest {

    // Shaped like the real thing, so redaction by value and by pattern are both exercised.
    static final String TOKEN = "IGAAtestTokenAbc123456789xyz0987654321";
    static final String SECRET = "clientsecret-5e4f3a2b1c";
    static final String CODE = "AQBxCode-0123456789abcdefghij";
    static final String CLIENT_ID = "990011223344556";
    static final String REDIRECT = "https://bot.example.org/instagram/callback/";

    MockWebServer server;
    MutableClock clock;
    InstagramClient client;

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.start();
        clock = new MutableClock(Instant.parse("2026-11-28T18:00:00Z"));
        client = clientWith(new OkHttpClient.Builder().readTimeout(2, TimeUnit.SECONDS).build());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    InstagramClient clientWith(OkHttpClient http) {
        return new InstagramClient(http, new ObjectMapper(), settings(server.url("/")), clock);
    }

    static InstagramSettings settings(HttpUrl base) {
        return InstagramSettingsBuilder.app(CLIENT_ID, SECRET, REDIRECT)
                .scopes("instagram_business_basic", "instagram_business_content_publish")
                .at(base).apiVersion("v25.0").build();
    }

    void answer(int status, String body) {
        server.enqueue(new MockResponse.Builder().code(status).body(body)
                .addHeader("Content-Type", "application/json").build());
    }

    RecordedRequest taken() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS);
    }

    static String graphError(int code, Integer subcode, String message) {
        return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
                + (subcode == null ? "" : ",\"error_subcode\":" + subcode) + ",\"fbtrace_id\":\"A1b2C3\"}}";
    }

    static InstagramException failure(Executable call) {
        return assertThrows(InstagramException.class, call);
    }
}
