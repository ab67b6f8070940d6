package org.instarelay.collect;

import java.util.ArrayList;
import java.util.List;
import org.instarelay.instagram.MediaType;
import org.instarelay.store.Account;
import org.instarelay.store.StoredMedia;
import org.instarelay.view.AccountView;
import org.instarelay.view.PictureView;
import org.instarelay.view.PostKind;
import org.instarelay.view.PostView;

/** Turns stored posts and accounts into the views the faces get: the one place that maps them. */
public final class PostViews {
    private PostViews() {}

    /** The post of {@code account}, going to the account's old channel (a subscription sets its own, see {@link PostView#forTarget}). */
    public static PostView of(Account account, StoredMedia stored) {
        String username = account != null && account.username() != null ? account.username() : stored.username();
        AccountView who = new AccountView(username, account == null ? null : account.identity().profilePictureUrl());
        MediaType type = MediaType.parse(stored.type());
        return new PostView(stored.id(), who, kind(type), stored.productType(), stored.sharedToFeed(),
                stored.caption(), stored.permalink(), stored.publishedAt(), pictures(stored, type),
                account == null ? null : account.channelId(), null);
    }

    public static AccountView account(Account account) {
        return new AccountView(account.username(), account.identity().profilePictureUrl());
    }

    private static PostKind kind(MediaType type) {
        if (type == null) {
            return PostKind.UNKNOWN;
        }
        return switch (type) {
            case IMAGE -> PostKind.IMAGE;
            case VIDEO -> PostKind.VIDEO;
            case CAROUSEL_ALBUM -> PostKind.ALBUM;
            case UNKNOWN -> PostKind.UNKNOWN;
        };
    }

    private static List<PictureView> pictures(StoredMedia stored, MediaType type) {
        List<PictureView> pictures = new ArrayList<>();
        for (StoredMedia.StoredChild child : stored.children()) {
            pictures.add(new PictureView(MediaType.parse(child.type()) == MediaType.VIDEO, child.mediaUrl(),
                    child.thumbnailUrl(), child.altText()));
        }
        if (pictures.isEmpty()) {
            // Not an album (or one Instagram gave no children for): the post is its own picture. A
            // kind a newer API added shows its thumbnail when it has one.
            boolean video = type == MediaType.VIDEO
                    || (type != MediaType.IMAGE && type != MediaType.CAROUSEL_ALBUM && stored.thumbnailUrl() != null);
            pictures.add(new PictureView(video, stored.mediaUrl(), stored.thumbnailUrl(), stored.altText()));
        }
        return pictures;
    }
}
