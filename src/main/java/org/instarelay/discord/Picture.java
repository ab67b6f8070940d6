package org.instarelay.discord;

import java.util.Set;

/**
 * A downloaded picture or video, ready to upload.
 *
 * @param bytes     the file itself
 * @param extension the file extension its content type calls for ({@code jpg}, {@code png},
 *                  {@code mp4}, ...); Discord decides how to show an attachment by its file name
 */
public record Picture(byte[] bytes, String extension) {
    private static final Set<String> VIDEO_EXTENSIONS = Set.of("mp4", "mov", "webm");

    /** A video file (Discord plays it inline in a gallery), not a still. */
    public boolean isVideo() {
        return VIDEO_EXTENSIONS.contains(extension);
    }
}
