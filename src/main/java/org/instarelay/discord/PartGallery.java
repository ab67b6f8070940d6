package org.instarelay.discord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.components.mediagallery.MediaGalleryItem;
import net.dv8tion.jda.api.utils.FileUpload;
import org.instarelay.pictures.Room;

/**
 * The uploaded files of one message of a post, in Instagram's order, and what was left out.
 *
 * <p>All stills (pictures, video thumbnails) are fetched first, all at once ({@link ConcurrentFetch}),
 * then the videos' files, at once too, sharing the room left under the upload budget (no video is
 * read that no longer fits); in order, each replaces its thumbnail: a large video must not push the album's pictures out.
 * Discord counts the limit over all files of one message.
 */
final class PartGallery {
    /** Instagram's video kinds, shown where a thumbnail stands in for the video. */
    static final String VIDEO_MARK = "▶ Video";
    static final String REEL_MARK = "▶ Reel";

    /**
     * @param items        the gallery items, possibly empty (then no gallery is shown)
     * @param unavailable  how many of the part's pictures could not be fetched or did not fit
     * @param stillsOnly   how many videos are shown as their thumbnail
     * @param uploadsVideo whether a video file is among the uploads
     */
    record Result(List<MediaGalleryItem> items, int unavailable, int stillsOnly, boolean uploadsVideo) {}

    private PartGallery() {}

    static Result build(PostContent post, int firstIndex, List<PostContent.Item> items, Shrink shrink,
                        PictureSource pictures, long budget) {
        if (shrink == Shrink.NO_PICTURES) {
            return new Result(List.of(), 0, 0, false);
        }
        Picture[] shown = new Picture[items.size()];
        List<Supplier<Optional<Picture>>> stills = new ArrayList<>();
        for (PostContent.Item item : items) {
            String still = item.video() ? item.thumbnailUrl() : item.mediaUrl();
            stills.add(() -> still == null ? Optional.empty() : pictures.fetch(still));
        }
        List<Optional<Picture>> fetched = ConcurrentFetch.all(pictures, stills);
        long used = 0;
        for (int i = 0; i < items.size(); i++) {
            Optional<Picture> picture = fetched.get(i);
            if (picture.isPresent() && used + picture.get().bytes().length <= budget) {
                shown[i] = picture.get();
                used += picture.get().bytes().length;
            }
        }
        Map<Integer, Optional<Picture>> videos = shrink == Shrink.NONE ? videos(items, shown, pictures, budget - used)
                : Map.of();
        boolean uploadsVideo = false;
        int stillsOnly = 0;
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).video()) {
                continue;
            }
            long thumb = shown[i] == null ? 0 : shown[i].bytes().length;
            Optional<Picture> video = videos.getOrDefault(i, Optional.empty());
            if (video.isPresent() && used + video.get().bytes().length - thumb <= budget) {
                shown[i] = video.get();
                used += video.get().bytes().length - thumb;
                uploadsVideo = true;
            } else if (shown[i] != null) {
                stillsOnly++;
            }
        }
        int unavailable = 0;
        List<MediaGalleryItem> gallery = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (shown[i] == null) {
                unavailable++;
                continue;
            }
            String name = PostMessageBuilder.fileName(post.mediaId(), firstIndex + i, shown[i].extension());
            MediaGalleryItem galleryItem = MediaGalleryItem.fromFile(FileUpload.fromData(shown[i].bytes(), name));
            String description = description(post, items.get(i), shown[i]);
            gallery.add(description == null ? galleryItem : galleryItem.withDescription(description));
        }
        return new Result(gallery, unavailable, stillsOnly, uploadsVideo);
    }

    /**
     * The video files of the part by position, fetched at once, sharing the room left after the
     * stills (each may also use its own thumbnail's bytes, which it replaces): a video takes its
     * bytes from that room as it reads them, so one that no longer fits is refused from its
     * declared length, before its body is read, and together they never hold more than the room.
     */
    private static Map<Integer, Optional<Picture>> videos(List<PostContent.Item> items, Picture[] stills,
                                                          PictureSource pictures, long room) {
        Room shared = new Room(room);
        List<Integer> positions = new ArrayList<>();
        List<Supplier<Optional<Picture>>> fetches = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            PostContent.Item item = items.get(i);
            if (item.video() && item.mediaUrl() != null) {
                Room.Share share = shared.share(stills[i] == null ? 0 : stills[i].bytes().length);
                positions.add(i);
                fetches.add(() -> {
                    Optional<Picture> video = pictures.fetch(item.mediaUrl(), share).filter(Picture::isVideo);
                    if (video.isEmpty()) {
                        share.giveBackAll(); // a still where a video was asked for: its bytes are not shown
                    }
                    return video;
                });
            }
        }
        List<Optional<Picture>> fetched = fetches.isEmpty() ? List.of() : ConcurrentFetch.all(pictures, fetches);
        Map<Integer, Optional<Picture>> byPosition = new HashMap<>();
        for (int i = 0; i < positions.size(); i++) {
            byPosition.put(positions.get(i), fetched.get(i));
        }
        return byPosition;
    }

    /** The alt text; a thumbnail standing in for a video says so. Blank is none (JDA refuses it). */
    private static String description(PostContent post, PostContent.Item item, Picture shown) {
        String alt = item.altText() == null || item.altText().isBlank() ? null : item.altText().strip();
        if (item.video() && !shown.isVideo()) {
            String mark = post.isReel() ? REEL_MARK : VIDEO_MARK;
            alt = alt == null ? mark : mark + " · " + alt;
        }
        return alt == null ? null : DiscordText.cut(alt, MediaGalleryItem.MAX_DESCRIPTION_LENGTH);
    }
}
