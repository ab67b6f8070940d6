package org.instarelay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Web face: HTTP rules every address keeps")
class HttpRulesTest {
    private static final String PICTURE_URL = "http://bot.example.org/pictures/a.jpg";
    @RegisterExtension
    final WebHarness web = new WebHarness();

    @BeforeEach
    void start() {
        web.feeds.put(Feeds.KEY, Feeds.feed(3, WebHarness.START, PICTURE_URL));
    }

    @Test
    @DisplayName("every answer, found or not, carries nosniff, no-referrer and a CSP that forbids framing")
    void securityHeaders() throws Exception {
        // GIVEN addresses of every kind
        List<String> paths = List.of("/feeds/" + Feeds.KEY + ".json", "/feeds/" + Feeds.KEY + ".xml", "/health",
                "/metrics", "/instagram/callback?state=x&code=y", "/assets/web.css", "/nothing/here");
        for (String path : paths) {
            // WHEN each is fetched
            WebHarness.Answer answer = web.get(path);
            // THEN the security headers are there
            assertEquals("nosniff", answer.header("X-Content-Type-Options"), path);
            assertEquals("no-referrer", answer.header("Referrer-Policy"), path);
            assertTrue(answer.header("Content-Security-Policy").contains("frame-ancestors 'none'"), path);
            assertTrue(answer.header("Content-Security-Policy").startsWith("default-src 'self'"), path);
            assertEquals("DENY", answer.header("X-Frame-Options"), path);
        }
    }

    @Test
    @DisplayName("only the gallery lets other websites frame it")
    void galleryIsFrameable() throws Exception {
        // WHEN the gallery is fetched
        WebHarness.Answer gallery = web.get("/feeds/" + Feeds.KEY);
        // THEN any site may frame it, still only loading the bot's own files (and https pictures)
        assertEquals(200, gallery.status());
        assertTrue(gallery.header("Content-Security-Policy").contains("frame-ancestors *"));
        assertTrue(gallery.header("Content-Security-Policy").startsWith("default-src 'self'"));
        assertNull(gallery.header("X-Frame-Options"));
    }

    @Test
    @DisplayName("other methods answer 405 with Allow: GET, HEAD")
    void methodNotAllowed() throws Exception {
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            // WHEN a feed is sent a method it does not take
            WebHarness.Answer answer = web.call("/feeds/" + Feeds.KEY + ".json", method);
            // THEN it says which it takes
            assertEquals(405, answer.status(), method);
            assertEquals("GET, HEAD", answer.header("Allow"), method);
        }
    }

    @Test
    @DisplayName("HEAD answers the GET's status and headers without a body")
    void head() throws Exception {
        for (String path : List.of("/feeds/" + Feeds.KEY + ".json", "/feeds/" + Feeds.KEY, "/health", "/metrics")) {
            // WHEN the same address is asked with GET and HEAD
            WebHarness.Answer get = web.get(path);
            WebHarness.Answer head = web.call(path, "HEAD");
            // THEN HEAD has the same status and validators, and no body
            assertEquals(get.status(), head.status(), path);
            assertEquals(get.header("Content-Type"), head.header("Content-Type"), path);
            assertEquals(get.header("ETag"), head.header("ETag"), path);
            assertEquals(0, head.body().length, path);
        }
    }

    @Test
    @DisplayName("an unknown feed key, a replaced key and an unknown path answer the very same 404")
    void notFoundSameness() throws Exception {
        // GIVEN a key that was replaced
        web.feeds.replaceKey(Feeds.KEY, "n3wKeyOfTheMountaineers_fedcba9876543210");
        // WHEN the old key, a made-up key, a malformed key and a plain unknown path are fetched
        List<WebHarness.Answer> answers = List.of(web.get("/feeds/" + Feeds.KEY + ".json"),
                web.get("/feeds/" + Feeds.KEY), web.get("/feeds/madeUpKeyThatNeverExisted00"),
                web.get("/feeds/x"), web.get("/no/such/page"));
        // THEN each is a 404 with one and the same body and content type
        for (WebHarness.Answer answer : answers) {
            assertEquals(404, answer.status());
            assertEquals(answers.get(4).text(), answer.text());
            assertEquals(answers.get(4).header("Content-Type"), answer.header("Content-Type"));
            assertEquals(answers.get(4).header("Content-Security-Policy"), answer.header("Content-Security-Policy"));
        }
        assertTrue(web.get("/feeds/n3wKeyOfTheMountaineers_fedcba9876543210.json").status() == 200);
    }

    @Test
    @DisplayName("a failure behind a route is a generic 500 page, never its message or stack trace")
    void noStackTrace() throws Exception {
        // GIVEN the feed source fails with a message that must not leak
        web.feeds.failure = new IllegalStateException("database at /secret/path exploded token=abc");
        // WHEN the feed is fetched
        WebHarness.Answer answer = web.get("/feeds/" + Feeds.KEY + ".json");
        // THEN the answer is a plain 500 page without the message or a Java frame
        assertEquals(500, answer.status());
        assertFalse(answer.text().contains("exploded"));
        assertFalse(answer.text().contains("IllegalStateException"));
        assertFalse(answer.text().contains("at org."));
        assertTrue(answer.text().contains("Something went wrong"));
        // AND the server keeps answering
        web.feeds.failure = null;
        assertEquals(200, web.get("/feeds/" + Feeds.KEY + ".json").status());
    }

    @Test
    @DisplayName("headers over the size limit are refused by a fixed page, not Jetty's own")
    void oversizedHeaders() throws Exception {
        // WHEN a request carries headers larger than the limit
        WebHarness.Answer answer = web.get("/health", "X-Padding", "a".repeat(WebServer.MAX_HEADER_BYTES + 100));
        // THEN it is refused with a bare page naming nothing of the request
        assertEquals(431, answer.status());
        assertFalse(answer.text().contains("aaaa"));
        assertFalse(answer.text().toLowerCase().contains("jetty"));
    }

    @Test
    @DisplayName("clients that send half a request and stall do not hold up anyone else")
    void slowClients() throws Exception {
        // GIVEN more half-sent requests than the server has threads (250), all gone quiet
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                Socket socket = new Socket("127.0.0.1", web.server.port());
                socket.getOutputStream().write("GET /health HTTP/1.1\r\nHost: 127.0".getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                stalled.add(socket);
            }
            // WHEN someone else asks
            WebHarness.Answer answer = web.get("/feeds/" + Feeds.KEY + ".json");
            // THEN they are answered at once
            assertEquals(200, answer.status());
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    @DisplayName("a port in use is one sentence naming http.port, without a cause to print")
    void portInUse() throws Exception {
        // GIVEN a port another program holds
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            WebSettings settings = new WebSettings(taken.getLocalPort(), "127.0.0.1", "http://127.0.0.1", 1000);
            WebFace face = new WebFace(web.feeds, web.pictures, web.health, web.callback, web.metrics, web.clock);
            // WHEN the web face starts on it
            PortInUseException refused = assertThrows(PortInUseException.class, () -> WebServer.start(settings, face));
            // THEN the message names the setting and what to do, and carries no stack
            assertTrue(refused.getMessage().contains("http.port"));
            assertTrue(refused.getMessage().contains(":" + taken.getLocalPort()));
            assertNull(refused.getCause());
            assertEquals(0, refused.getStackTrace().length);
        }
    }
}
