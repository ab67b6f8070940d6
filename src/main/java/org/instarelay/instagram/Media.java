package org.instarelay.instagram;

import java.time.Instant;
import java.util.List;

/**
 * One Instagram post as read from {@code /me/media}.
 *
 * @param id           the media id, stable and unique: the key for de-duplication
 * @param type         image, video or album
 * @param caption      may be null
 * @param mediaUrl     signed CDN address that expires after days; null for copyright-flagged media
 * @param thumbnailUrl videos only, else null
 * @param permalink    the public address of the post
 * @param timestamp    when it was published
 * @param username     the account's username at the time of reading, may be null
 * @param children     the pictures and videos of an album, in order; empty otherwise
 * @param productType  {@code media_product_type}: FEED, REELS, STORY, AD; null when not given
 * @param sharedToFeed {@code is_shared_to_feed} (reels): false for a trial reel kept off the grid; null when not given
 * @param altText      {@code alt_text}, null when none
 */
public record Media(
        String id,
        MediaType type,
        String caption,
        String mediaUrl,
        String thumbnailUrl,
        String permalink,
        Instant timestamp,
        String username,
        List<MediaChild> children,
        String productType,
        Boolean sharedToFeed,
        String altText) {

    public Media {
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** A post as older releases stored it: without product type, feed flag and alt text. */
    public Media(String id, MediaType type, String caption, String mediaUrl, String thumbnailUrl, String permalink,
                 Instant timestamp, String username, List<MediaChild> children) {
        this(id, type, caption, mediaUrl, thumbnailUrl, permalink, timestamp, username, children, null, null, null);
    }
}
