package org.instarelay.discord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.instarelay.collect.Post;
import org.instarelay.instagram.Media;
import org.instarelay.instagram.MediaChild;
import org.instarelay.instagram.MediaType;
import org.instarelay.store.Account;

/**
 * What a Discord message shows of one post, and where it goes: the only place that reads the
 * core's {@link Post} (so when the core hands over a view instead, only {@link #from} changes).
 *
 * @param mediaId           Instagram's id: deterministic nonces and file names
 * @param username          the account's username, without {@code @}
 * @param profileUrl        the account's page on Instagram
 * @param profilePictureUrl may be null
 * @param kind              image, video or album
 * @param productType       {@code FEED}, {@code REELS}, ...; null when unknown
 * @param sharedToFeed      whether a reel also shows in the feed; null when unknown
 * @param caption           may be null
 * @param permalink         the public address of the post, may be null
 * @param publishedAt       may be null
 * @param pictures          in Instagram's order; at least one for a post that has anything to show
 * @param channelId         where it goes, null for the configured default channel
 */
public record PostContent(String mediaId, String username, String profileUrl, String profilePictureUrl, Kind kind,
                          String productType, Boolean sharedToFeed, String caption, String permalink,
                          Instant publishedAt, List<Item> pictures, String channelId) {

    /** What kind of post it is. */
    public enum Kind { IMAGE, VIDEO, ALBUM }

    /**
     * One picture or video of the post.
     *
     * @param video        a video (its file may be uploaded; its thumbnail stands in otherwise)
     * @param mediaUrl     the picture or the video file; null when Instagram did not give it
     * @param thumbnailUrl a video's still, else null
     * @param altText      Instagram's alt text, null when there is none
     */
    public record Item(boolean video, String mediaUrl, String thumbnailUrl, String altText) {}

    public PostContent {
        pictures = List.copyOf(pictures);
    }

    /** Instagram's {@code media_product_type} says REELS. */
    public boolean isReel() {
        return "REELS".equalsIgnoreCase(productType);
    }

    /**
     * The adapter from the core's post. Alt texts and the product type are not read from
     * Instagram yet, so they are null here.
     */
    static PostContent from(Post post) {
        Account account = post.account();
        Media media = post.stored().media();
        MediaType type = media.type() == null ? MediaType.UNKNOWN : media.type();
        List<Item> items = new ArrayList<>();
        Kind kind = switch (type) {
            case VIDEO -> {
                items.add(new Item(true, media.mediaUrl(), media.thumbnailUrl(), null));
                yield Kind.VIDEO;
            }
            case CAROUSEL_ALBUM -> {
                for (MediaChild child : media.children()) {
                    items.add(new Item(child.type() == MediaType.VIDEO, child.mediaUrl(), child.thumbnailUrl(), null));
                }
                if (items.isEmpty()) {
                    items.add(new Item(false, media.mediaUrl(), null, null));
                }
                yield Kind.ALBUM;
            }
            default -> {
                items.add(new Item(false, media.mediaUrl() != null ? media.mediaUrl() : media.thumbnailUrl(), null, null));
                yield Kind.IMAGE;
            }
        };
        return new PostContent(media.id(), account.username(), "https://www.instagram.com/" + account.username() + "/",
                account.profilePictureUrl(), kind, null, null, media.caption(), media.permalink(), media.timestamp(),
                items, account.channelId());
    }
}
