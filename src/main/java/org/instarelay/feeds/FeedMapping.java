package org.instarelay.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.instarelay.instagram.Media;
import org.instarelay.instagram.MediaChild;
import org.instarelay.instagram.MediaType;
import org.instarelay.pictures.KeptPicture;
import org.instarelay.pictures.PictureStore;
import org.instarelay.store.Account;
import org.instarelay.store.StoredMedia;
import org.instarelay.web.FeedView;

/**
 * Turns stored rows into the {@link FeedView} the web face renders. The one place that knows both
 * the store's shapes and the view's, so a change to either touches only this class.
 *
 * <p>A picture's address is the bot's {@code <public-url>/pictures/<name>} while the picture store
 * keeps it, and Instagram's otherwise (never kept, or evicted since).
 */
final class FeedMapping {
    /** Instagram serves pictures and video covers as JPEG. */
    private static final String INSTAGRAM_MIME = "image/jpeg";
    private static final int ALT_TEXT_LENGTH = 120;

    private final PictureStore pictures;
    private final KeptPictureNames keptNames;
    private final String publicUrl;

    FeedMapping(PictureStore pictures, KeptPictureNames keptNames, String publicUrl) {
        this.pictures = pictures;
        this.keptNames = keptNames;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    FeedView view(Account account, List<StoredMedia> newestFirst) {
        String profile = "https://www.instagram.com/" + account.username() + "/";
        List<FeedView.Item> items = new ArrayList<>();
        for (StoredMedia stored : newestFirst) {
            item(stored.media(), account, profile).ifPresent(items::add);
        }
        return new FeedView(account.username(), profile, account.handle() + " on Instagram", items);
    }

    /** Empty for a post with no picture at all (such as copyright-flagged media): a feed item needs one. */
    private Optional<FeedView.Item> item(Media media, Account account, String profile) {
        List<String> addresses = pictureAddresses(media);
        if (addresses.isEmpty()) {
            return Optional.empty();
        }
        List<FeedView.Picture> shown = new ArrayList<>();
        String alt = altText(media, account);
        for (int i = 0; i < addresses.size(); i++) {
            String position = addresses.size() > 1 ? " (" + (i + 1) + " of " + addresses.size() + ")" : "";
            shown.add(picture(addresses.get(i), alt + position));
        }
        String permalink = media.permalink() == null ? profile : media.permalink();
        // The store does not keep product type or shared_to_feed yet: every stored post is a feed post.
        return Optional.of(new FeedView.Item(media.id(), permalink, media.caption(), media.timestamp(),
                media.type().name(), "", true, shown));
    }

    /** The cover first: an album's children in order, a video's thumbnail, an image itself. */
    private static List<String> pictureAddresses(Media media) {
        List<String> addresses = new ArrayList<>();
        if (media.type() == MediaType.CAROUSEL_ALBUM && !media.children().isEmpty()) {
            for (MediaChild child : media.children()) {
                addIfPresent(addresses, child.type() == MediaType.VIDEO ? child.thumbnailUrl() : child.mediaUrl());
            }
        } else {
            addIfPresent(addresses, media.type() == MediaType.VIDEO ? media.thumbnailUrl() : media.mediaUrl());
        }
        return addresses;
    }

    private static void addIfPresent(List<String> addresses, String address) {
        if (address != null && !address.isBlank()) {
            addresses.add(address);
        }
    }

    private FeedView.Picture picture(String instagramUrl, String alt) {
        Optional<KeptPicture> kept = keptNames.keptName(instagramUrl).flatMap(pictures::find);
        return kept.map(picture -> new FeedView.Picture(publicUrl + "/pictures/" + picture.name(), picture.mimeType(), alt))
                .orElseGet(() -> new FeedView.Picture(instagramUrl, INSTAGRAM_MIME, alt));
    }

    /** Instagram's own alt text is not stored yet, so the caption's first line stands in for it. */
    private static String altText(Media media, Account account) {
        String caption = media.caption() == null ? "" : media.caption().strip().lines().findFirst().orElse("").strip();
        if (caption.isEmpty()) {
            return "Picture posted by " + account.handle();
        }
        return caption.length() <= ALT_TEXT_LENGTH ? caption : caption.substring(0, ALT_TEXT_LENGTH - 1) + "…";
    }
}
