package org.instarelay.store;

import java.time.Instant;
import java.util.List;

/**
 * A post as the database keeps it (the store's own record: it does not depend on the wire types).
 *
 * @param type         Instagram's {@code media_type} as read: IMAGE, VIDEO, CAROUSEL_ALBUM, or what a newer API says
 * @param publishedAt  when it was published (the time it was read, when Instagram gave none)
 * @param username     the account's username when it was read, may be null
 * @param children     an album's pictures in order; empty otherwise
 * @param productType  FEED, REELS, ...; null when unknown (rows stored by older releases)
 * @param sharedToFeed null when unknown
 */
public record StoredMedia(String accountId, String id, String type, String caption, String mediaUrl,
                          String thumbnailUrl, String permalink, Instant publishedAt, String username,
                          List<StoredChild> children, String productType, Boolean sharedToFeed, String altText) {
    public StoredMedia {
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** One picture of an album, as kept in {@code children_json} (older rows lack {@code altText}). */
    public record StoredChild(String id, String type, String mediaUrl, String thumbnailUrl, String altText) {}
}
