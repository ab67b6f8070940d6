package org.instarelay.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.instarelay.pictures.KeptPicture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Web face: kept pictures at /pictures/…")
class PictureRoutesTest {
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, 4};
    private static final String SECRET = "TOP-SECRET-CONTENT";
    @RegisterExtension
    final WebHarness web = new WebHarness();
    private KeptPicture kept;

    @BeforeEach
    void start() throws Exception {
        kept = web.pictures.keep(JPEG, "image/jpeg").orElseThrow();
        Files.writeString(web.folder.resolve("secret.txt"), SECRET);
        Files.writeString(web.folder.resolve("pictures").resolve("..secret.txt"), SECRET);
    }

    @Test
    @DisplayName("a kept picture comes with its type, a year of caching and a strong ETag")
    void served() throws Exception {
        // WHEN the picture is fetched
        WebHarness.Answer answer = web.get("/pictures/" + kept.name());
        // THEN the bytes, type and caching are right
        assertEquals(200, answer.status());
        assertArrayEquals(JPEG, answer.body());
        assertEquals("image/jpeg", answer.header("Content-Type"));
        assertEquals("public, max-age=31536000, immutable", answer.header("Cache-Control"));
        String etag = answer.header("ETag");
        assertTrue(etag.matches("\"[0-9a-f]{64}\""), etag);
        assertEquals("nosniff", answer.header("X-Content-Type-Options"));
        // AND a revalidation is a 304, a HEAD has the length and no body
        assertEquals(304, web.get("/pictures/" + kept.name(), "If-None-Match", etag).status());
        WebHarness.Answer head = web.call("/pictures/" + kept.name(), "HEAD");
        assertEquals(Integer.toString(JPEG.length), head.header("Content-Length"));
        assertEquals(0, head.body().length);
    }

    @Test
    @DisplayName("an evicted or unknown picture is the common 404")
    void unknown() throws Exception {
        WebHarness.Answer missing = web.get("/pictures/" + "0".repeat(64) + ".jpg");
        assertEquals(404, missing.status());
        assertEquals(web.get("/nothing").text(), missing.text());
    }

    @Test
    @DisplayName("traversal attempts, plain or encoded, answer 404 and never a file outside the folder")
    void traversal() throws Exception {
        for (String target : List.of("/pictures/../secret.txt", "/pictures/%2e%2e/secret.txt",
                "/pictures/%2E%2E%2Fsecret.txt", "/pictures/..%2Fsecret.txt", "/pictures/..%5Csecret.txt",
                "/pictures/..%252Fsecret.txt", "/pictures/..secret.txt", "/pictures/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "/pictures/" + kept.name() + "%2F..%2F..%2Fsecret.txt")) {
            // WHEN the path is sent exactly as written
            String raw = web.raw(target);
            // THEN it is a 404 that holds nothing of the file
            assertTrue(raw.startsWith("HTTP/1.1 404 "), target + " -> " + raw.lines().findFirst().orElse(""));
            assertFalse(raw.contains(SECRET), target);
        }
        // A literal backslash is not legal in a request line: Jetty refuses it before routing.
        String backslash = web.raw("/pictures/..\\secret.txt");
        assertTrue(backslash.startsWith("HTTP/1.1 400 "), backslash);
        assertFalse(backslash.contains(SECRET));
    }
}
