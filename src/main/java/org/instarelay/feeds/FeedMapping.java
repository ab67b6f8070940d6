package org.instarelay.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    private static final String ALBUM = "CAROUSEL_ALBUM";
    private static final String VIDEO = "VIDEO";

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
            item(stored, account, profile).ifPresent(items::add);
        }
        return new FeedView(account.username(), profile, account.handle() + " on Instagram", items);
    }

    /** Empty for a post with no picture at all (such as copyright-flagged media): a feed item needs one. */
    private Optional<FeedView.Item> item(StoredMedia media, Account account, String profile) {
        List<Shown> shownPictures = pictures(media);
        if (shownPictures.isEmpty()) {
            return Optional.empty();
        }
        List<FeedView.Picture> shown = new ArrayList<>();
        String fallbackAlt = fallbackAltText(media, account);
        for (int i = 0; i < shownPictures.size(); i++) {
            Shown picture = shownPictures.get(i);
            String position = shownPictures.size() > 1 ? " (" + (i + 1) + " of " + shownPictures.size() + ")" : "";
            String alt = picture.altText() != null && !picture.altText().isBlank()
                    ? picture.altText().strip() : fallbackAlt + position;
            shown.add(picture(picture.url(), alt));
        }
        String permalink = media.permalink() == null ? profile : media.permalink();
        return Optional.of(new FeedView.Item(media.id(), permalink, media.caption(), media.publishedAt(),
                media.type(), media.productType() == null ? "" : media.productType(),
                media.sharedToFeed() == null || media.sharedToFeed(), shown));
    }

    /** A picture to show and Instagram's alt text for it, if it gave one. */
    private record Shown(String url, String altText) {}

    /** The cover first: an album's children in order, a video's thumbnail, an image itself. */
    private static List<Shown> pictures(StoredMedia media) {
        List<Shown> shown = new ArrayList<>();
        if (ALBUM.equals(media.type()) && !media.children().isEmpty()) {
            for (StoredMedia.StoredChild child : media.children()) {
                addIfPresent(shown, VIDEO.equals(child.type()) ? child.thumbnailUrl() : child.mediaUrl(), child.altText());
            }
        } else {
            addIfPresent(shown, VIDEO.equals(media.type()) ? media.thumbnailUrl() : media.mediaUrl(), media.altText());
        }
        return shown;
    }

    private static void addIfPresent(List<Shown> shown, String address, String altText) {
        if (address != null && !address.isBlank()) {
            shown.add(new Shown(address, altText));
        }
    }

    private FeedView.Picture picture(String instagramUrl, String alt) {
        Optional<KeptPicture> kept = keptNames.keptName(instagramUrl).flatMap(pictures::find);
        return kept.map(picture -> new FeedView.Picture(publicUrl + "/pictures/" + picture.name(), picture.mimeType(), alt))
                .orElseGet(() -> new FeedView.Picture(instagramUrl, INSTAGRAM_MIME, alt));
    }

    /** Where Instagram gave no alt text, the caption's first line stands in for it. */
    private static String fallbackAltText(StoredMedia media, Account account) {
        String caption = media.caption() == null ? "" : media.caption().strip().lines().findFirst().orElse("").strip();
        if (caption.isEmpty()) {
            return "Picture posted by " + account.handle();
        }
        return caption.length() <= ALT_TEXT_LENGTH ? caption : caption.substring(0, ALT_TEXT_LENGTH - 1) + "…";
    }
}
