package org.instarelay.discord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.instarelay.view.AccountView;
import org.instarelay.view.PictureView;
import org.instarelay.view.PostView;

/**
 * What a Discord message shows of one post, and where it goes: the only place that reads the
 * core's {@link PostView}, so a change to the view touches only {@link #from}.
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
 * @param mentionRoleId     the role its subscription pings at the top, null for none
 */
public record PostContent(String mediaId, String username, String profileUrl, String profilePictureUrl, Kind kind,
                          String productType, Boolean sharedToFeed, String caption, String permalink,
                          Instant publishedAt, List<Item> pictures, String channelId, String mentionRoleId) {

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

    /** The adapter from the core's view of a post: the one place that reads it. */
    static PostContent from(PostView post) {
        List<Item> items = new ArrayList<>();
        for (PictureView picture : post.pictures()) {
            items.add(new Item(picture.video(), picture.mediaUrl(), picture.thumbnailUrl(), picture.altText()));
        }
        Kind kind = switch (post.kind()) {
            case VIDEO -> Kind.VIDEO;
            case ALBUM -> Kind.ALBUM;
            default -> Kind.IMAGE;
        };
        if (items.isEmpty()) {
            items.add(new Item(kind == Kind.VIDEO, null, null, null));
        }
        AccountView account = post.account();
        return new PostContent(post.mediaId(), account.username(), account.profileUrl(), account.profilePictureUrl(),
                kind, post.productType(), post.sharedToFeed(), post.caption(), post.permalink(), post.publishedAt(),
                items, post.channelId(), post.mentionRoleId());
    }
}
