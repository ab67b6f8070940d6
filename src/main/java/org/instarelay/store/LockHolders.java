package org.instarelay.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads and writes the {@link LockHolder} words in a lock file. */
final class LockHolders {
    private static final Logger log = LoggerFactory.getLogger(LockHolders.class);

    private LockHolders() {}

    /** Replaces what the file says with {@code holder}; a failure costs only the name in a refusal. */
    static void write(FileChannel channel, LockHolder holder) {
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder.fileText().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
        } catch (IOException e) {
            log.warn("Could not write who holds the database into its lock file: {}", e.getMessage());
        }
    }

    /** The holder the file names, null when it names none or cannot be read. */
    static LockHolder read(Path file) {
        try {
            return LockHolder.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        }
    }
}
