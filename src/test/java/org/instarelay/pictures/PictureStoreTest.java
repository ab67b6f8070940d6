package org.instarelay.pictures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.instarelay.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Kept pictures: content-addressed files with a budget")
class PictureStoreTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    @TempDir
    Path folder;

    private static byte[] bytes(int seed, int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (seed * 31 + i);
        }
        return bytes;
    }

    @Test
    @DisplayName("a picture is kept once under the SHA-256 of its bytes, in the folder beside the database")
    void contentAddressed() throws Exception {
        // GIVEN a store beside a database file
        PictureStore store = PictureStore.besideDatabase(folder.resolve("instarelay.db"), 10_000, clock);
        // WHEN the same bytes are kept twice
        KeptPicture first = store.keep(bytes(1, 100), "image/jpeg").orElseThrow();
        KeptPicture again = store.keep(bytes(1, 100), "image/jpeg; charset=binary").orElseThrow();
        // THEN there is one file, named by its digest, holding the bytes
        assertEquals(first, again);
        assertTrue(first.name().matches("[0-9a-f]{64}\\.jpg"));
        assertEquals(folder.resolve("pictures").resolve(first.name()), first.file());
        assertArrayEquals(bytes(1, 100), Files.readAllBytes(first.file()));
        assertEquals(100, store.totalBytes());
        try (Stream<Path> files = Files.list(folder.resolve("pictures"))) {
            assertEquals(List.of(first.name()), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    @DisplayName("past the budget the oldest pictures go first, and the folder follows")
    void evictsOldestFirst() {
        // GIVEN a budget for three pictures of 100 bytes
        PictureStore store = PictureStore.open(folder, 300, clock);
        KeptPicture a = store.keep(bytes(1, 100), "image/jpeg").orElseThrow();
        clock.advance(Duration.ofMinutes(1));
        KeptPicture b = store.keep(bytes(2, 100), "image/jpeg").orElseThrow();
        clock.advance(Duration.ofMinutes(1));
        KeptPicture c = store.keep(bytes(3, 100), "image/png").orElseThrow();
        clock.advance(Duration.ofMinutes(1));
        // WHEN a fourth and a fifth arrive
        KeptPicture d = store.keep(bytes(4, 100), "image/webp").orElseThrow();
        clock.advance(Duration.ofMinutes(1));
        KeptPicture e = store.keep(bytes(5, 150), "image/gif").orElseThrow();
        // THEN the two oldest are gone from the index and the disk, the newest stay
        assertTrue(store.find(a.name()).isEmpty());
        assertTrue(store.find(b.name()).isEmpty());
        assertTrue(store.find(c.name()).isEmpty());
        assertFalse(Files.exists(a.file()));
        assertFalse(Files.exists(c.file()));
        assertTrue(store.find(d.name()).isPresent());
        assertTrue(store.find(e.name()).isPresent());
        assertEquals(250, store.totalBytes());
    }

    @Test
    @DisplayName("a restart rebuilds the index from the folder, oldest still first, leftovers removed")
    void rebuildsIndex() throws Exception {
        // GIVEN two kept pictures and a half-written one a crash left behind
        PictureStore before = PictureStore.open(folder, 300, clock);
        KeptPicture old = before.keep(bytes(1, 100), "image/jpeg").orElseThrow();
        clock.advance(Duration.ofHours(1));
        KeptPicture newer = before.keep(bytes(2, 100), "image/jpeg").orElseThrow();
        Files.write(folder.resolve(".incoming-123.tmp"), bytes(9, 50));
        Files.write(folder.resolve("notes.txt"), bytes(8, 10));
        // WHEN the store is opened again and a third picture tips the budget
        PictureStore after = PictureStore.open(folder, 300, clock);
        assertEquals(200, after.totalBytes());
        clock.advance(Duration.ofHours(1));
        after.keep(bytes(3, 150), "image/jpeg").orElseThrow();
        // THEN the rebuilt index evicted the oldest, and the leftover is gone
        assertTrue(after.find(old.name()).isEmpty());
        assertTrue(after.find(newer.name()).isPresent());
        assertFalse(Files.exists(folder.resolve(".incoming-123.tmp")));
        assertTrue(Files.exists(folder.resolve("notes.txt")));
    }

    @Test
    @DisplayName("a picture larger than the whole budget, or not a picture type, is not kept")
    void refusesWhatCannotFit() {
        PictureStore store = PictureStore.open(folder, 100, clock);
        KeptPicture small = store.keep(bytes(1, 60), "image/jpeg").orElseThrow();
        // WHEN too big or not a picture
        // THEN nothing is kept and nothing already kept is lost
        assertTrue(store.keep(bytes(2, 101), "image/jpeg").isEmpty());
        assertTrue(store.keep(bytes(3, 10), "text/html").isEmpty());
        assertTrue(store.find(small.name()).isPresent());
        assertEquals(60, store.totalBytes());
    }

    @Test
    @DisplayName("names that are not exactly a digest and an extension find nothing")
    void strictNames() throws Exception {
        // GIVEN a file outside the folder and one kept picture
        Path pictures = folder.resolve("pictures");
        PictureStore store = PictureStore.open(pictures, 1000, clock);
        KeptPicture kept = store.keep(bytes(1, 10), "image/jpeg").orElseThrow();
        Files.writeString(folder.resolve("secret.txt"), "top secret");
        // WHEN names that try to walk out are looked up
        for (String name : List.of("../secret.txt", "..", "..\\secret.txt", "%2e%2e", kept.name() + "/",
                kept.name().toUpperCase(), "/" + kept.name(), kept.name().replace(".jpg", ".txt"))) {
            // THEN none is found
            assertTrue(store.find(name).isEmpty(), name);
        }
        assertTrue(store.find(kept.name()).isPresent());
    }
}
