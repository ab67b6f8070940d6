package org.instarelay.discord;

import java.util.Locale;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import org.instarelay.pictures.PictureDownload;

/**
 * Downloads a post's picture live, so it can be uploaded to Discord: what the bot does when it has
 * not kept the picture (see {@link KeptPictureSource}).
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

    /** @param http the bot's one shared client (its pools and timeouts) */
    public ImageDownloader(OkHttpClient http, long maxBytes) {
        this.download = new PictureDownload(http, maxBytes, PictureDownload.DEFAULT_TIME_LIMIT);
    }

    public ImageDownloader(OkHttpClient http) {
        this(http, DEFAULT_MAX_BYTES);
    }

    @Override
    public Optional<Picture> fetch(String url) {
        return download.get(url).map(picture -> new Picture(picture.bytes(), extension(MediaType.parse(picture.mimeType()))));
    }

    /** Discord picks the preview by file name, so the name must say what the bytes are. */
    static String extension(MediaType type) {
        if (type == null) {
            return "jpg";
        }
        return switch (type.subtype().toLowerCase(Locale.ROOT)) {
            case "png" -> "png";
            case "gif" -> "gif";
            case "webp" -> "webp";
            case "heic" -> "heic";
            default -> "jpg";
        };
    }
}
