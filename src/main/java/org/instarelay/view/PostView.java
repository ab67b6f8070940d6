package org.instarelay.view;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One post as it crosses to a face (the {@code Publisher} port, {@code latest}): what to show and
 * where it goes, free of storage and wire types, and of any secret.
 *
 * @param mediaId      Instagram's media id: the key for de-duplication
 * @param account      whose post it is
 * @param kind         image, video or album
 * @param productType  Instagram's {@code media_product_type} (FEED, REELS, ...), null when unknown
 * @param sharedToFeed Instagram's {@code is_shared_to_feed} for reels, null when unknown
 * @param caption      may be null
 * @param permalink    the public address of the post, may be null
 * @param publishedAt  when it was published, may be null
 * @param pictures     what to show, in Instagram's order: the album's children, else the post itself
 * @param channelId    where it goes (the subscription's channel); null means the configured default channel
 * @param mentionRoleId the one role the post pings (the subscription's {@code mention}), null for none;
 *                      a caption never pings anybody
 */
public record PostView(String mediaId, AccountView account, PostKind kind, String productType, Boolean sharedToFeed,
                       String caption, String permalink, Instant publishedAt, List<PictureView> pictures,
                       String channelId, String mentionRoleId) {
    public PostView {
        pictures = pictures == null ? List.of() : List.copyOf(pictures);
    }

    /** The same post, going to another channel (null: the default channel). */
    public PostView withChannel(String otherChannelId) {
        return new PostView(mediaId, account, kind, productType, sharedToFeed, caption, permalink, publishedAt, pictures,
                otherChannelId, mentionRoleId);
    }

    /** The same post, for one subscription: its channel and the role it pings (null: none). */
    public PostView forTarget(String targetChannelId, String roleId) {
        return new PostView(mediaId, account, kind, productType, sharedToFeed, caption, permalink, publishedAt, pictures,
                targetChannelId, roleId);
    }

    /** "image", "video", "album of 3": how lists name the kind. */
    public String kindWords() {
        return switch (kind) {
            case ALBUM -> "album of " + pictures.size();
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
    }
}
