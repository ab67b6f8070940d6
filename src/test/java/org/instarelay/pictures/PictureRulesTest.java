package org.instarelay.pictures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.instarelay.testing.LogCapture;
import org.instarelay.testing.MediaBytes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Only pictures, only from where they should come (real HTTP on 127.0.0.1)")
class PictureRulesTest {
    private final MockWebServer cdn = new MockWebServer();
    /** The bot's kind of client, which would follow every redirect by itself. */
    private final OkHttpClient http = new OkHttpClient.Builder().build();
    private final PictureDownload download = new PictureDownload(http, 100_000, Duration.ofSeconds(5));

    @BeforeEach
    void start() throws Exception {
        cdn.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() {
        cdn.close();
    }

    private String at(String host, String path) {
        return "http://" + host + ":" + cdn.getPort() + path;
    }

    private static MockResponse redirectTo(String location) {
        return new MockResponse.Builder().code(302).addHeader("Location", location).build();
    }

    private static MockResponse serving(String type, byte[] body) {
        MockResponse.Builder answer = new MockResponse.Builder().code(200).body(new Buffer().write(body));
        return (type == null ? answer : answer.addHeader("Content-Type", type)).build();
    }

    @Test
    @DisplayName("a redirect from 127.0.0.1 to localhost (another host, over http) is refused, and localhost is never asked")
    void crossHostRefused() throws Exception {
        // GIVEN a picture address that redirects to another host name of this machine
        cdn.enqueue(redirectTo(at("localhost", "/internal/admin")));
        cdn.enqueue(serving("image/jpeg", MediaBytes.jpeg(100)));

        // WHEN it is downloaded, its log read
        Optional<PictureDownload.Downloaded> picture;
        try (LogCapture log = LogCapture.capture()) {
            picture = download.get(at("127.0.0.1", "/v/1.jpg?oh=signature"));

            // THEN there is no picture, the redirect was not followed, and one line says why without the signature
            assertTrue(picture.isEmpty());
            assertEquals(1, cdn.getRequestCount());
            String said = log.text();
            assertTrue(said.contains("Picture 127.0.0.1/v/1.jpg redirected to another host over http (localhost)"), said);
            assertTrue(!said.contains("signature"), said);
            assertEquals(1, said.split("going on without it", -1).length - 1, said);
        }
    }

    @Test
    @DisplayName("a redirect to the same host is followed, up to three in a row; a fourth is refused")
    void sameHostFollowedUpToThree() {
        // GIVEN a chain of three same-host redirects to a picture
        byte[] jpeg = MediaBytes.jpeg(200);
        for (int i = 1; i <= 3; i++) {
            cdn.enqueue(redirectTo("/hop" + i + ".jpg"));
        }
        cdn.enqueue(serving("image/jpeg", jpeg));

        // WHEN it is downloaded THEN the picture arrives
        assertArrayEquals(jpeg, download.get(at("127.0.0.1", "/start.jpg")).orElseThrow().bytes());

        // GIVEN a chain of four
        for (int i = 1; i <= 4; i++) {
            cdn.enqueue(redirectTo("/again" + i + ".jpg"));
        }
        cdn.enqueue(serving("image/jpeg", jpeg));
        int before = cdn.getRequestCount();

        // WHEN it is downloaded THEN it is refused at the fourth, which is not followed
        assertEquals(Optional.empty(), download.get(at("127.0.0.1", "/long.jpg")));
        assertEquals(before + 4, cdn.getRequestCount());
    }

    @Test
    @DisplayName("a redirect goes to the address that was checked, even when the name answers otherwise on a second look")
    void hopPinnedToCheckedAddress() throws Exception {
        // GIVEN a name that resolves to 127.0.0.1 twice (the first request, the check of the redirect), then to 127.0.0.2 (where another server waits)
        AtomicInteger lookUps = new AtomicInteger();
        Dns rebinding = host -> List.of(InetAddress.getByName(
                host.equals("cdn.test") && lookUps.incrementAndGet() > 2 ? "127.0.0.2" : "127.0.0.1"));
        try (MockWebServer inside = new MockWebServer()) {
            inside.start(InetAddress.getByName("127.0.0.2"), cdn.getPort());
            inside.enqueue(serving("image/jpeg", MediaBytes.jpeg(30)));
            // AND the CDN redirects within its own name, closing the connection (no reuse)
            byte[] jpeg = MediaBytes.jpeg(60);
            cdn.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/b.jpg")
                    .addHeader("Connection", "close").build());
            cdn.enqueue(serving("image/jpeg", jpeg));
            PictureDownload rebound = new PictureDownload(http.newBuilder().dns(rebinding).build(), 100_000,
                    Duration.ofSeconds(5));

            // WHEN it is downloaded
            Optional<PictureDownload.Downloaded> picture = rebound.get(at("cdn.test", "/a.jpg"));

            // THEN the second hop went where it was checked: the picture is the CDN's, the other server was never asked
            assertArrayEquals(jpeg, picture.orElseThrow().bytes());
            assertEquals(0, inside.getRequestCount());
            assertEquals(2, cdn.getRequestCount());
        }
    }

    @Test
    @DisplayName("a text body is refused whether it says image/jpeg or says nothing")
    void textRefused() {
        // GIVEN an internal page served once as a JPEG, once without a type
        byte[] page = "{\"secret\":\"internal\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        cdn.enqueue(serving("image/jpeg", page));
        cdn.enqueue(serving(null, page));

        // WHEN both are downloaded THEN neither is taken
        assertEquals(Optional.empty(), download.get(at("127.0.0.1", "/a.jpg")));
        assertEquals(Optional.empty(), download.get(at("127.0.0.1", "/b.jpg")));
    }

    @Test
    @DisplayName("JPEG, PNG, GIF87a, GIF89a and WebP are taken by their bytes and typed by them, whatever the Content-Type says")
    void picturesByTheirBytes() {
        // GIVEN each kind of picture, all served under the wrong or no type
        byte[][] bodies = {MediaBytes.jpeg(50), MediaBytes.png(50), "GIF87a-----".getBytes(), MediaBytes.gif(50),
                MediaBytes.webp(50)};
        String[] types = {"image/jpeg", "image/png", "image/gif", "image/gif", "image/webp"};
        for (byte[] body : bodies) {
            cdn.enqueue(serving("application/octet-stream", body));
        }

        for (int i = 0; i < bodies.length; i++) {
            // WHEN each is downloaded
            PictureDownload.Downloaded picture = download.get(at("127.0.0.1", "/p" + i)).orElseThrow();

            // THEN it arrives whole, typed by its bytes
            assertArrayEquals(bodies[i], picture.bytes());
            assertEquals(types[i], picture.mimeType());
        }
    }

    @Test
    @DisplayName("an MP4 is taken only where a video may be (a Discord upload), never as a picture to keep")
    void videoOnlyWhereAsked() {
        // GIVEN an MP4 served twice, as image/jpeg
        byte[] mp4 = MediaBytes.mp4(500);
        cdn.enqueue(serving("image/jpeg", mp4));
        cdn.enqueue(serving("image/jpeg", mp4));

        // WHEN it is downloaded as a picture, then as a picture or video
        Optional<PictureDownload.Downloaded> asPicture = download.get(at("127.0.0.1", "/v.jpg"));
        Optional<PictureDownload.Downloaded> asVideo = download.get(at("127.0.0.1", "/v.jpg"), 1_000, true);

        // THEN only the second takes it, typed as a video
        assertEquals(Optional.empty(), asPicture);
        assertEquals("video/mp4", asVideo.orElseThrow().mimeType());
    }
}
