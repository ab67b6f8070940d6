package org.instarelay.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import org.instarelay.testing.BotHarness;
import org.instarelay.testing.CoreFixture;
import org.instarelay.testing.Immutable;
import org.instarelay.testing.LogCapture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("A database that cannot be written: told in words while running, used again once writable, without a restart")
class ReadOnlyDatabaseTest {
    private static final String USER = "17841400000000001";
    private static final Instant THEN = Instant.parse("2026-11-28T13:00:00Z");

    @RegisterExtension
    final CoreFixture fixture = CoreFixture.account(USER, "mountaineers").connected();

    @Test
    @DisplayName("made unwritable while the bot runs: poll and status say so; made writable again: the next poll stores and posts")
    void unwritableThenWritable() throws Exception {
        Assumptions.assumeTrue(Immutable.works(fixture.folder()),
                "chattr +i is not available or not allowed here (needed because root ignores file modes)");
        // GIVEN a running bot whose database file (and its write-ahead log) can no longer be written
        BotHarness bot = fixture.bot();
        Path file = fixture.folder().resolve("instarelay.db");
        Path wal = fixture.folder().resolve("instarelay.db-wal");
        fixture.instagram().publish(USER, THEN, "summit at dawn");
        try (LogCapture log = LogCapture.capture()) {
            Immutable.set(true, file, wal);
            String reply;
            String status;
            try {
                // WHEN a poll runs
                reply = bot.poll().text();
                status = bot.status();
            } finally {
                Immutable.set(false, file, wal);
            }

            // THEN the reply and status name the file and say what to do; nothing was posted
            assertTrue(reply.contains("Storage problem: "), reply);
            assertTrue(reply.contains(file.toAbsolutePath().toString()), reply);
            assertTrue(reply.contains("read-only"), reply);
            assertTrue(status.startsWith("Storage problem in the last poll: "), status);
            assertTrue(status.contains("read-only"), status);
            assertEquals(0, bot.publisher.captions().size());
            // AND the log names each fault once (the write through the open file fails, then the file
            // opened again is read-only), not once per statement
            assertEquals(1, DiskFullTest.count(log.text(), "(SQLite: [SQLITE_READONLY]"), log.text());
            assertTrue(DiskFullTest.count(log.text(), "(SQLite: [SQLITE_IOERR") <= 1, log.text());

            // WHEN the file is writable again and the next poll runs, without a restart
            String after = bot.poll().text();

            // THEN the post is stored and posted once, and status is clear
            assertEquals(java.util.List.of("summit at dawn"), bot.publisher.captions(), after);
            assertFalse(bot.status().contains("Storage problem"), bot.status());
        }
    }
}
