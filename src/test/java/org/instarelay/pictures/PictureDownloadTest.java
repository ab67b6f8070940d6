package org.instarelay.pictures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.instarelay.testing.MediaBytes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Downloading a picture to keep it: streamed, capped and bounded in time (real HTTP on 127.0.0.1)")
class PictureDownloadTest {
    private final MockWebServer cdn = new MockWebServer();
    /** The bot's kind of client: its own timeouts are far longer than the picture's time limit. */
    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();

    @BeforeEach
    void start() throws Exception {
        cdn.start();
    }

    @AfterEach
    void stop() {
        cdn.close();
    }

    @Test
    @DisplayName("the bytes, typed by what they are")
    void bytesAndType() {
        // GIVEN a CDN serving a WebP picture
        byte[] webp = MediaBytes.webp(40);
        cdn.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "image/webp")
                .body(new Buffer().write(webp)).build());

        // WHEN it is downloaded
        Optional<PictureDownload.Downloaded> picture = new PictureDownload(http, 1_000, Duration.ofSeconds(5))
                .get(cdn.url("/v/t51/1.webp?oh=sig").toString());

        // THEN it arrives whole, typed as served
        assertArrayEquals(webp, picture.orElseThrow().bytes());
        assertEquals("image/webp", picture.get().mimeType());
    }

    @Test
    @DisplayName("a CDN that trickles its answer is given up at the time limit, not the client's long timeouts")
    void stalledCdnGivenUp() {
        // GIVEN a CDN that sends the headers, then one byte every 2 seconds
        cdn.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "image/jpeg")
                .body(new Buffer().write(MediaBytes.jpeg(100))).throttleBody(1, 2, TimeUnit.SECONDS).build());

        // WHEN it is downloaded with a time limit of half a second
        Optional<PictureDownload.Downloaded> picture = new PictureDownload(http, 1_000, Duration.ofMillis(500))
                .get(cdn.url("/slow.jpg").toString());

        // THEN there is no picture (the post falls back to Instagram's address)
        assertTrue(picture.isEmpty());
    }

    @Test
    @DisplayName("an answer past the cap without a length header is cut off, not buffered whole")
    void overTheCapWithoutLength() {
        // GIVEN a chunked answer of 5,000 bytes
        cdn.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "image/jpeg")
                .chunkedBody(new Buffer().write(MediaBytes.jpeg(5_000)), 512).build());

        // WHEN it is downloaded with a cap of 1,000 bytes
        Optional<PictureDownload.Downloaded> picture = new PictureDownload(http, 1_000, Duration.ofSeconds(5))
                .get(cdn.url("/huge.jpg").toString());

        // THEN there is no picture
        assertTrue(picture.isEmpty());
    }

    @Test
    @DisplayName("an answer without a length header, longer than one read, arrives whole; one exactly at the cap is taken")
    void chunkedAnswerWhole() {
        // GIVEN a chunked answer of 300,000 bytes (several times what one read takes), and one of exactly the cap
        byte[] big = MediaBytes.jpeg(300_000);
        big[big.length - 1] = 42;
        cdn.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "image/jpeg")
                .chunkedBody(new Buffer().write(big), 7_000).build());
        cdn.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "image/jpeg")
                .body(new Buffer().write(MediaBytes.jpeg(300_000))).build());
        PictureDownload download = new PictureDownload(http, 300_000, Duration.ofSeconds(10));

        // WHEN both are downloaded with a cap of 300,000 bytes
        Optional<PictureDownload.Downloaded> chunked = download.get(cdn.url("/big.jpg").toString());
        Optional<PictureDownload.Downloaded> declared = download.get(cdn.url("/exact.jpg").toString());

        // THEN each arrives whole, to its last byte
        assertArrayEquals(big, chunked.orElseThrow().bytes());
        assertEquals(300_000, declared.orElseThrow().bytes().length);
    }

    @Test
    @DisplayName("a download interrupted (the bot stopping) ends at its next read and is not taken for a bad address")
    void interruptedEnds() throws Exception {
        // GIVEN a CDN that sends a picture's start, then a byte a second
        cdn.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "image/jpeg")
                .body(new Buffer().write(MediaBytes.jpeg(100))).throttleBody(1, 1, TimeUnit.SECONDS).build());
        PictureDownload download = new PictureDownload(http, 1_000, Duration.ofSeconds(60));
        java.util.concurrent.CompletableFuture<PictureDownload.Attempt> attempt = new java.util.concurrent.CompletableFuture<>();
        Thread downloader = new Thread(() -> attempt.complete(download.attempt(cdn.url("/drip.jpg").toString())));
        downloader.start();
        cdn.takeRequest();

        // WHEN its thread is interrupted
        downloader.interrupt();

        // THEN it ends, long before its one-minute deadline, without a picture and not given up
        PictureDownload.Attempt result = attempt.get(20, TimeUnit.SECONDS);
        assertTrue(result.picture().isEmpty());
        assertEquals(false, result.givenUp(), "an interrupt is not the address's fault");
    }

    @Test
    @DisplayName("videos sharing a message's room: one that no longer fits is refused from its declared length, and together they never take more than the room")
    void videosShareTheRoom() {
        // GIVEN a room of 10,000 bytes, and videos of 6,000 (declared), 6,000 (declared) and 3,000 (chunked, no length)
        Room room = new Room(10_000);
        for (int size : new int[] {6_000, 6_000}) {
            cdn.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "video/mp4")
                    .body(new Buffer().write(MediaBytes.mp4(size))).build());
        }
        cdn.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "video/mp4")
                .chunkedBody(new Buffer().write(MediaBytes.mp4(3_000)), 500).build());
        PictureDownload download = new PictureDownload(http, 1_000, Duration.ofSeconds(5));

        // WHEN each is downloaded with a share of that room (the third may also use its 500-byte thumbnail's bytes)
        Optional<PictureDownload.Downloaded> first = download.get(cdn.url("/1.mp4").toString(), room.share(0));
        Optional<PictureDownload.Downloaded> second = download.get(cdn.url("/2.mp4").toString(), room.share(0));
        Optional<PictureDownload.Downloaded> third = download.get(cdn.url("/3.mp4").toString(), room.share(500));

        // THEN the first and the third arrive whole, the second does not, and the room holds what they took
        assertEquals(6_000, first.orElseThrow().bytes().length);
        assertTrue(second.isEmpty(), "6,000 more bytes do not fit in 4,000");
        assertEquals(3_000, third.orElseThrow().bytes().length);
        assertEquals(10_000 - 6_000 - (3_000 - 500), room.left());
    }
}
