package org.instarelay.discord;

import java.util.Optional;
import org.instarelay.pictures.DownloadPool;

/** Fetches a picture or video by address; empty when it cannot be had (the post goes out without it). */
@FunctionalInterface
public interface PictureSource {
    /** A picture, within the source's own size cap. */
    Optional<Picture> fetch(String url);

    /**
     * A file of at most {@code maxBytes} (a video, which may be large: the cap is the room left
     * under the server's upload limit, so nothing larger is read). Never throws.
     */
    default Optional<Picture> fetch(String url, long maxBytes) {
        return fetch(url).filter(picture -> picture.bytes().length <= maxBytes);
    }

    /**
     * The pool this source's downloads share with every other channel's, which bounds them all;
     * empty for a source that has none (then each message's fetches get threads of their own).
     */
    default Optional<DownloadPool> downloads() {
        return Optional.empty();
    }
}
