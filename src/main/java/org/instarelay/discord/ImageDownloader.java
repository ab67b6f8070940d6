package org.instarelay.discord;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import org.instarelay.pictures.PictureDownload;

/**
 * Downloads a post's picture or video live so it can be uploaded to Discord: what the bot does
 * when it has not kept the picture (see {@link KeptPictureSource}), and for video files, which it
 * never keeps. Streaming, within a size cap and a time limit for the whole download
 * ({@link PictureDownload} does the work).
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

    /** For the whole download (a video may be tens of MiB), not per read. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

    private final PictureDownload download;
    private final long maxBytes;

    /**
     * @param http     the bot's one shared client (its pools and timeouts)
     * @param maxBytes the cap for a picture; a video's cap is the room the caller has for it
     */
    public ImageDownloader(OkHttpClient http, long maxBytes, Duration timeLimit) {
        this.download = new PictureDownload(http, maxBytes, timeLimit);
        this.maxBytes = maxBytes;
    }

    public ImageDownloader(OkHttpClient http, long maxBytes) {
        this(http, maxBytes, DEFAULT_TIME_LIMIT);
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
        return download.get(url, capBytes, true)
                .map(file -> new Picture(file.bytes(), extension(MediaType.parse(file.mimeType()))));
    }

    /** Discord picks the preview by file name, so the name must say what the bytes are. */
    static String extension(MediaType type) {
        if (type == null) {
            return "jpg";
        }
        return switch (type.subtype().toLowerCase(Locale.ROOT)) {
            case "mp4" -> "mp4";
            case "quicktime" -> "mov";
            case "webm" -> "webm";
            case "png" -> "png";
            case "gif" -> "gif";
            case "webp" -> "webp";
            case "heic" -> "heic";
            default -> type.type().equalsIgnoreCase("video") ? "mp4" : "jpg";
        };
    }
}
