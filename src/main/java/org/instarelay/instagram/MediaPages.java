package org.instarelay.instagram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.instarelay.common.Secret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a {@code /me/media} answer into a {@link MediaPage}. */
final class MediaPages {

    private static final Logger log = LoggerFactory.getLogger(MediaPages.class);

    private MediaPages() {}

    static MediaPage parse(JsonNode root, ObjectMapper json) throws InstagramException {
        MediaJson.Page page;
        try {
            page = json.treeToValue(root, MediaJson.Page.class);
        } catch (Exception e) {
            // Jackson's message may quote the answer (and so the paging address): not copied.
            throw new InstagramException(InstagramException.Kind.TRANSIENT,
                    "Instagram's media answer had an unexpected shape; the bot will try again later.");
        }
        List<Media> media = new ArrayList<>();
        for (MediaJson.Item item : page.data() == null ? List.<MediaJson.Item>of() : page.data()) {
            if (item == null || item.id() == null || item.id().isBlank()) {
                // Without an id an item cannot be de-duplicated or delivered exactly once.
                log.debug("Skipping a media item without id");
                continue;
            }
            media.add(toMedia(item));
        }
        String next = page.paging() == null ? null : page.paging().next();
        return new MediaPage(media, next == null || next.isBlank() ? null : Secret.of(next));
    }

    private static Media toMedia(MediaJson.Item item) {
        List<MediaChild> children = new ArrayList<>();
        if (item.children() != null && item.children().data() != null) {
            for (MediaJson.Child child : item.children().data()) {
                if (child != null && child.id() != null && !child.id().isBlank()) {
                    children.add(new MediaChild(child.id(), MediaType.parse(child.mediaType()),
                            child.mediaUrl(), child.thumbnailUrl(), child.altText()));
                }
            }
        }
        if (item.timestamp() != null && Timestamps.parse(item.timestamp()) == null) {
            log.debug("Media {} has an unreadable timestamp", item.id());
        }
        return new Media(item.id(), MediaType.parse(item.mediaType()), item.caption(), item.mediaUrl(),
                item.thumbnailUrl(), item.permalink(), Timestamps.parse(item.timestamp()), item.username(),
                children, item.productType(), item.sharedToFeed(), item.altText());
    }
}
