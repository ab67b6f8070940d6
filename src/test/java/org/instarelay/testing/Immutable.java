package org.instarelay.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes files unwritable in a way that holds for root too: tests run as root here, and root
 * ignores file modes, so {@code chmod 0444} would change nothing. {@code chattr +i} (immutable)
 * stops every write, also through a file already open. Where it is missing or not allowed (no
 * root, a file system without the flag) {@link #works} says so and the test is skipped with a message.
 */
public final class Immutable {
    private Immutable() {}

    /** Whether {@code chattr +i} works in {@code folder} and stops a write there. */
    public static boolean works(Path folder) {
        Path probe = folder.resolve("immutable-probe");
        try {
            Files.writeString(probe, "probe");
            if (!chattr("+i", probe)) {
                return false;
            }
            try {
                Files.writeString(probe, "changed");
                return false;
            } catch (IOException expected) {
                return true;
            } finally {
                chattr("-i", probe);
            }
        } catch (IOException e) {
            return false;
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException ignored) {
                // a stuck probe file only wastes a few bytes in a temporary folder
            }
        }
    }

    /** Makes each existing file immutable ({@code true}) or writable again. */
    public static void set(boolean immutable, Path... files) throws IOException {
        for (Path file : files) {
            if (Files.exists(file) && !chattr(immutable ? "+i" : "-i", file)) {
                throw new IOException("chattr failed on " + file);
            }
        }
    }

    private static boolean chattr(String flag, Path file) {
        return Shell.succeeds("chattr", flag, file.toString());
    }
}
