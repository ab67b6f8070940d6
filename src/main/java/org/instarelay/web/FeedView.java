package org.instarelay.web;

import java.util.List;
import java.util.Objects;

/**
 * One account's website feed as the web face renders it: plain values, no secret (the feed key
 * stays with the route). Items are newest first.
 *
 * @param username the Instagram username, without {@code @}
 * @param profileUrl the account's Instagram profile address
 * @param title the feed's title, such as "@mountaineers on Instagram"
 * @param items the newest posts, newest first; may hold more than a request's limit
 */
public record FeedView(String username, String profileUrl, String title, List<Item> items) {
    public FeedView {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(profileUrl, "profileUrl");
        Objects.requireNonNull(title, "title");
        items = List.copyOf(items);
    }

    /** The items a request shows: trial reels never, at most {@code limit}. */
    public List<Item> shown(int limit) {
        return items.stream().filter(item -> !item.isTrialReel()).limit(limit).toList();
    }

    /**
     * One post.
     *
     * @param id the Instagram media id
     * @param permalink the post's address on Instagram
     * @param caption the caption, empty when there is none
     * @param published when it was published
     * @param mediaType IMAGE, VIDEO or CAROUSEL_ALBUM
     * @param productType FEED, REELS, STORY or empty
     * @param sharedToFeed false for a reel kept off the profile grid (a trial reel)
     * @param pictures the pictures, first one the cover; never empty for a shown item
     */
    public record Item(String id, String permalink, String caption, java.time.Instant published,
            String mediaType, String productType, boolean sharedToFeed, List<Picture> pictures) {
        public Item {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(permalink, "permalink");
            Objects.requireNonNull(published, "published");
            caption = caption == null ? "" : caption;
            mediaType = mediaType == null ? "" : mediaType;
            productType = productType == null ? "" : productType;
            pictures = List.copyOf(pictures);
        }

        /** Instagram's trial reels are reels not shared to the feed; they never reach a website. */
        public boolean isTrialReel() {
            return "REELS".equalsIgnoreCase(productType) && !sharedToFeed;
        }
    }

    /**
     * One picture of a post.
     *
     * @param url where browsers load it: the bot's {@code /pictures/...} address, or
     *     Instagram's when the bot no longer keeps it
     * @param mimeType such as image/jpeg
     * @param altText the text for people who cannot see it; never empty
     */
    public record Picture(String url, String mimeType, String altText) {
        public Picture {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(mimeType, "mimeType");
            altText = altText == null || altText.isBlank() ? "Instagram picture" : altText;
        }
    }
}
