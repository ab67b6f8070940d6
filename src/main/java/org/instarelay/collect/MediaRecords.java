package org.instarelay.collect;

import java.time.Instant;
import java.util.List;
import org.instarelay.instagram.Media;
import org.instarelay.instagram.MediaChild;
import org.instarelay.store.StoredMedia;

/** Instagram's media as the store keeps it: the one place the wire type becomes a stored record. */
public final class MediaRecords {
    private MediaRecords() {}

    /** A post whose time Instagram left out or garbled still counts: it is taken as read {@code now}. */
    public static StoredMedia of(String accountId, Media media, Instant now) {
        List<StoredMedia.StoredChild> children = media.children().stream().map(MediaRecords::child).toList();
        return new StoredMedia(accountId, media.id(), media.type().name(), media.caption(), media.mediaUrl(),
                media.thumbnailUrl(), media.permalink(), media.timestamp() != null ? media.timestamp() : now,
                media.username(), children, media.productType(), media.sharedToFeed(), media.altText());
    }

    private static StoredMedia.StoredChild child(MediaChild child) {
        return new StoredMedia.StoredChild(child.id(), child.type().name(), child.mediaUrl(), child.thumbnailUrl(),
                child.altText());
    }
}
