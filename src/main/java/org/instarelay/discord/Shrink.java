package org.instarelay.discord;

/**
 * How much a message gives up after Discord refused it for its size or form (413, 400 50035):
 * never the post itself, first its video files, then its pictures.
 */
public enum Shrink {
    /** Everything that fits the server's upload limit. */
    NONE,
    /** Videos shown as their thumbnails. */
    VIDEOS_AS_THUMBNAILS,
    /** Text and the link only. */
    NO_PICTURES;

    /** The next step after a refusal; skips the video step when no video was uploaded. */
    Shrink next(boolean uploadedVideo) {
        return this == NONE && uploadedVideo ? VIDEOS_AS_THUMBNAILS : NO_PICTURES;
    }

    boolean isLast() {
        return this == NO_PICTURES;
    }
}
