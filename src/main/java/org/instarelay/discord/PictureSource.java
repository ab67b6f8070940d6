package org.instarelay.discord;

import java.util.Optional;
import org.instarelay.pictures.DownloadPool;
import org.instarelay.pictures.Room;

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
     * A file taking its bytes from {@code share} of a room other downloads share (a message's
     * videos): one that does not fit is left out, and they never hold more than the room together.
     * By default fetched within what the share may take, then taken. Never throws.
     */
    default Optional<Picture> fetch(String url, Room.Share share) {
        return fetch(url, share.most()).filter(picture -> share.take(picture.bytes().length));
    }

    /**
     * The pool this source's downloads share with every other channel's, which bounds them all;
     * empty for a source that has none (then each message's fetches get threads of their own).
     */
    default Optional<DownloadPool> downloads() {
        return Optional.empty();
    }
}
