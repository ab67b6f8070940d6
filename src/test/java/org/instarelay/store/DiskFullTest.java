package org.instarelay.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.instarelay.testing.BotHarness;
import org.instarelay.testing.CoreFixture;
import org.instarelay.testing.LogCapture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("A full disk is told as a full disk: in the poll reply, in status until it is cured, once in the log")
class DiskFullTest {
    private static final String USER = "17841400000000001";
    private static final String OTHER = "17841400000000002";
    private static final String THIRD = "17841400000000003";
    private static final Instant THEN = Instant.parse("2026-11-28T13:00:00Z");

    @RegisterExtension
    final CoreFixture fixture = CoreFixture.account(USER, "mountaineers").connected();

    @Test
    @DisplayName("SQLite's SQLITE_FULL (max_page_count) reaches poll and status in words; the next poll after room is made stores and posts")
    void diskFull() throws Exception {
        // GIVEN two connected accounts, each with new posts too big for the room left in the file
        BotHarness bot = fixture.bot();
        fixture.instagram().addAccount(OTHER, "rangers");
        assertFalse(bot.connectAccount(OTHER).failed());
        for (int i = 0; i < 8; i++) {
            fixture.instagram().publish(USER, THEN.plusSeconds(i), longCaption("summit " + i));
            fixture.instagram().publish(OTHER, THEN.plusSeconds(i), longCaption("trail " + i));
        }
        bot.core().database().limitGrowth(1);

        try (LogCapture log = LogCapture.capture()) {
            // WHEN a poll runs on the full file
            String reply = bot.poll().text();

            // THEN the reply names the full disk and what to do, once, not the rollback's words
            String full = "is full: free space on " + fixture.folder().toAbsolutePath();
            assertTrue(reply.contains("Storage problem: The disk holding the database"), reply);
            assertEquals(1, count(reply, full), reply);
            assertFalse(reply.contains("no transaction is active"), reply);
            // AND status says it above the accounts' stale lines, until a poll goes through
            String status = bot.status();
            assertTrue(status.startsWith("Storage problem in the last poll: The disk holding the database"), status);
            assertTrue(status.contains(full), status);
            // AND the log names it once for both accounts, with SQLite's own code for whoever digs further
            assertEquals(1, count(log.text(), full), log.text());
            assertTrue(log.text().contains("SQLITE_FULL"), log.text());
            assertFalse(log.text().contains("no transaction is active"), log.text());
            // AND what could not be stored is not posted (one account's posts may have fit)
            assertTrue(bot.publisher.captions().size() < 16, bot.publisher.captions().toString());

            // WHEN an account is connected on the full file
            fixture.instagram().addAccount(THIRD, "climbers");
            for (int i = 0; i < 8; i++) {
                fixture.instagram().publish(THIRD, THEN.plusSeconds(i), longCaption("ridge " + i));
            }
            bot.core().database().limitGrowth(0);
            String connect = bot.connectAccount(THIRD).text();

            // THEN its reply names the full disk too
            assertTrue(connect.contains(full), connect);

            // WHEN room is made again and the next poll runs, without a restart
            bot.core().database().limitGrowth(100_000);
            String after = bot.poll().text();

            // THEN every post is stored and posted, once, and status no longer shows the problem
            assertEquals(16, bot.publisher.captions().size(), after);
            assertEquals(16, bot.publisher.captions().stream().distinct().count(), "nothing posted twice");
            assertFalse(after.contains("Storage problem"), after);
            assertFalse(bot.status().contains("Storage problem"), bot.status());
            assertTrue(log.text().contains("The database works again"), log.text());
        }
    }

    private static String longCaption(String start) {
        StringBuilder caption = new StringBuilder(start);
        for (int i = 0; caption.length() < 3_000; i++) {
            caption.append(' ').append(start.hashCode() * 31 + i);
        }
        return caption.toString();
    }

    static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
