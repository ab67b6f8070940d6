package org.instarelay.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.instarelay.testing.BotHarness;
import org.instarelay.testing.FakeInstagram;
import org.instarelay.testing.Shell;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A really full disk (a small tmpfs) is told as a full disk, and the bot stores again once there is room")
class FullTmpfsTest {
    private static final String USER = "17841400000000001";

    @TempDir
    Path folder;

    @Test
    @DisplayName("the disk under the database fills up: poll and status say to free space there; space freed: the next poll posts")
    void fullDisk() throws Exception {
        Path disk = Files.createDirectories(folder.resolve("disk"));
        Assumptions.assumeTrue(Shell.succeeds("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", disk.toString()),
                "mounting a tmpfs is not allowed here (needs root); the always-on disk-full test is DiskFullTest");
        try (FakeInstagram instagram = new FakeInstagram()) {
            instagram.addAccount(USER, "mountaineers");
            try (BotHarness bot = new BotHarness(disk, instagram, 0)) {
                // GIVEN a connected bot whose disk is then filled to the last byte
                assertFalse(bot.connectAccount(USER).failed());
                instagram.publish(USER, Instant.parse("2026-11-28T13:00:00Z"), "summit at dawn " + "x".repeat(5_000));
                Path filler = disk.resolve("filler");
                fill(filler);

                // WHEN a poll runs
                String reply = bot.poll().text();

                // THEN the reply and status say the disk is full and where to free space
                String full = "is full: free space on " + disk.toAbsolutePath();
                assertTrue(reply.contains(full), reply);
                assertTrue(bot.status().startsWith("Storage problem in the last poll: "), bot.status());
                assertTrue(bot.status().contains(full), bot.status());
                assertEquals(List.of(), bot.publisher.captions());

                // WHEN space is freed and the next poll runs, without a restart
                Files.delete(filler);
                String after = bot.poll().text();

                // THEN the post is stored and posted once, and status is clear
                assertEquals(1, bot.publisher.captions().size(), after);
                assertFalse(bot.status().contains("Storage problem"), bot.status());
            }
        } finally {
            Shell.succeeds("umount", disk.toString());
        }
    }

    private static void fill(Path filler) {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // No space left on the device: that is the point.
        }
    }
}
