package org.instarelay.pictures;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A picture the bot keeps on disk.
 *
 * @param name the file name, the SHA-256 of the bytes plus an extension; also its strong ETag
 * @param file where the bytes are
 * @param mimeType such as image/jpeg
 * @param size the number of bytes
 * @param keptAt when it was first kept; eviction goes oldest first
 */
public record KeptPicture(String name, Path file, String mimeType, long size, Instant keptAt) {
}
