package org.instarelay.discord;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.instarelay.testing.MediaBytes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Downloading a post's picture (real HTTP on 127.0.0.1)")
class ImageDownloaderTest {
    private static final int CAP = 1000;

    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(10)).build();
    private final ImageDownloader downloader = new ImageDownloader(http, CAP);

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @DisplayName("ok: the bytes as served, named by their content type")
    void ok() throws Exception {
        // GIVEN a CDN serving a PNG
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "image/png")
                .body(new Buffer().write(png)).build());

        // WHEN it is downloaded
        Optional<Picture> picture = downloader.fetch(server.url("/v/t51/1801.png?oh=signature").toString());

        // THEN it arrives whole, as a .png
        assertTrue(picture.isPresent());
        assertArrayEquals(png, picture.get().bytes());
        assertEquals("png", picture.get().extension());
        assertEquals("/v/t51/1801.png?oh=signature", server.takeRequest().getTarget());
    }

    @Test
    @DisplayName("the file is named by what its bytes are, not by the Content-Type: a PNG served as image/jpeg is a .png")
    void namedByItsBytes() {
        // GIVEN a CDN serving a PNG under a JPEG's type
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "image/jpeg")
                .body(new Buffer().write(MediaBytes.png(64))).build());

        // WHEN it is downloaded THEN it is a .png
        assertEquals("png", downloader.fetch(server.url("/v/1802.jpg").toString()).orElseThrow().extension());
    }

    @Test
    @DisplayName("404 (or an expired signed link's 403): no picture, no exception")
    void notFound() {
        // GIVEN an address that is gone
        server.enqueue(new MockResponse.Builder().code(404).body("not found").build());

        // WHEN it is downloaded THEN the post will go out without it
        assertTrue(downloader.fetch(server.url("/gone.jpg").toString()).isEmpty());
    }

    @Test
    @DisplayName("over the size cap by its Content-Length: not downloaded")
    void overCapDeclared() {
        // GIVEN a picture announced bigger than the cap
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "image/jpeg")
                .body(new Buffer().write(MediaBytes.jpeg(CAP + 1))).build());

        // WHEN it is downloaded THEN it is left out
        assertTrue(downloader.fetch(server.url("/big.jpg").toString()).isEmpty());
    }

    @Test
    @DisplayName("over the size cap without a Content-Length (chunked): reading stops, no picture")
    void overCapChunked() {
        // GIVEN a chunked answer, so only counting the bytes can tell
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "image/jpeg")
                .chunkedBody(new Buffer().write(MediaBytes.jpeg(CAP * 3)), 100).build());

        // WHEN it is downloaded THEN it is left out
        assertTrue(downloader.fetch(server.url("/big-chunked.jpg").toString()).isEmpty());
    }

    @Test
    @DisplayName("exactly at the cap: kept")
    void atCap() {
        // GIVEN a chunked picture of exactly the cap
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "image/jpeg")
                .chunkedBody(new Buffer().write(MediaBytes.jpeg(CAP)), 128).build());

        // WHEN it is downloaded THEN it is whole
        assertEquals(CAP, downloader.fetch(server.url("/edge.jpg").toString()).orElseThrow().bytes().length);
    }

    @Test
    @DisplayName("an HTML page instead of an image (a login wall): no picture")
    void notAnImage() {
        // GIVEN an answer that is not an image
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
                .body("<html>log in</html>").build());

        // WHEN it is downloaded THEN it is left out
        assertTrue(downloader.fetch(server.url("/login").toString()).isEmpty());
    }

    @Test
    @DisplayName("nobody listening, or no address at all: no picture, no exception")
    void unreachable() throws Exception {
        // GIVEN a server that is gone
        String url = server.url("/x.jpg").toString();
        server.close();

        // WHEN it is downloaded THEN nothing is thrown
        assertTrue(downloader.fetch(url).isEmpty());
        assertTrue(downloader.fetch(null).isEmpty());
        assertTrue(downloader.fetch("not a url").isEmpty());
    }

    @Test
    @DisplayName("a video: taken as an .mp4 within the cap the caller gives, beyond the picture cap")
    void video() {
        // GIVEN a CDN serving an MP4 larger than the picture cap
        byte[] mp4 = MediaBytes.mp4(CAP * 3);
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "video/mp4")
                .body(new Buffer().write(mp4)).build());

        // WHEN it is downloaded with room for it
        Optional<Picture> video = downloader.fetch(server.url("/v/1801.mp4").toString(), CAP * 4L);

        // THEN it arrives whole, as a video
        assertTrue(video.isPresent());
        assertEquals(CAP * 3, video.get().bytes().length);
        assertTrue(video.get().isVideo());
        assertEquals("mp4", video.get().extension());
    }

    @Test
    @DisplayName("a video over the room given (no length header): reading stops past the cap, no file")
    void videoOverRoom() {
        // GIVEN a chunked answer (no Content-Length) larger than the room
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "video/mp4")
                .chunkedBody(new Buffer().write(MediaBytes.mp4(CAP * 3)), 512).build());

        // WHEN it is downloaded with room for less THEN nothing
        assertEquals(Optional.empty(), downloader.fetch(server.url("/v/big.mp4").toString(), CAP * 2L));
    }

    @Test
    @DisplayName("a download slower than the time limit: no file, no exception")
    void timeLimit() {
        // GIVEN a CDN that stalls, and a downloader with a short limit for the whole download
        ImageDownloader impatient = new ImageDownloader(http, CAP, Duration.ofMillis(200));
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "image/jpeg")
                .bodyDelay(3, java.util.concurrent.TimeUnit.SECONDS).body(new Buffer().write(MediaBytes.jpeg(10))).build());

        // WHEN it is downloaded THEN the post goes out without it
        assertEquals(Optional.empty(), impatient.fetch(server.url("/slow.jpg").toString()));
    }
}
