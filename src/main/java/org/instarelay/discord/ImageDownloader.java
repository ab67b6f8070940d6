package org.instarelay.discord;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import org.instarelay.pictures.PictureDownload;
import org.instarelay.pictures.Room;

/**
 * Downloads a post's picture or video live so it can be uploaded to Discord: what the bot does
 * when it has not kept the picture (see {@link KeptPictureSource}), and for video files, which it
 * never keeps. Streaming, within a size cap and a deadline for the whole download, following only
 * the redirects it allows and taking only bodies that are pictures or videos by their first bytes
 * ({@link PictureDownload} does the work and holds the limits).
 *
 * <p>Never throws: an expired or refused address (Instagram's signed links answer 403 after some
 * days), a missing one, a non-image answer or a picture over the size cap gives an empty result,
 * and the post goes out without the picture. A picture is never a reason to hold a post back.
 */
public final class ImageDownloader implements PictureSource {
    /**
     * Per picture. Discord's smallest upload limit (a server without boosts) is 10 MiB per message
     * request, and Instagram's pictures are well under 2 MiB, so 8 MiB leaves room for the rest.
     */
    public static final long DEFAULT_MAX_BYTES = PictureDownload.DEFAULT_MAX_BYTES;

    private final PictureDownload download;
    private final long maxBytes;

    /**
     * @param http     the bot's one shared client (its pools and timeouts)
     * @param maxBytes    the cap for a picture; a video's cap is the room the caller has for it
     * @param maxDeadline the longest a download may take, however large ({@link PictureDownload#MAX_DEADLINE})
     */
    public ImageDownloader(OkHttpClient http, long maxBytes, Duration maxDeadline) {
        this.download = new PictureDownload(http, maxBytes, maxDeadline);
        this.maxBytes = maxBytes;
    }

    public ImageDownloader(OkHttpClient http, long maxBytes) {
        this(http, maxBytes, PictureDownload.MAX_DEADLINE);
    }

    public ImageDownloader(OkHttpClient http) {
        this(http, DEFAULT_MAX_BYTES);
    }

    @Override
    public Optional<Picture> fetch(String url) {
        return fetch(url, maxBytes);
    }

    @Override
    public Optional<Picture> fetch(String url, long capBytes) {
        return download.get(url, capBytes, true).map(ImageDownloader::picture);
    }

    @Override
    public Optional<Picture> fetch(String url, Room.Share share) {
        return download.get(url, share).map(ImageDownloader::picture);
    }

    private static Picture picture(PictureDownload.Downloaded file) {
        return new Picture(file.bytes(), extension(MediaType.parse(file.mimeType())));
    }

    /** Discord picks the preview by file name, so the name must say what the bytes are (as their first bytes told). */
    static String extension(MediaType type) {
        if (type == null) {
            return "jpg";
        }
        return switch (type.subtype().toLowerCase(Locale.ROOT)) {
            case "mp4" -> "mp4";
            case "quicktime" -> "mov";
            case "png" -> "png";
            case "gif" -> "gif";
            case "webp" -> "webp";
            default -> type.type().equalsIgnoreCase("video") ? "mp4" : "jpg";
        };
    }
}
