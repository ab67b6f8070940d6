package org.instarelay.discord;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import java.util.Locale;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads a post's picture or video so it can be uploaded to Discord: streaming, within a
 * size cap and a time limit for the whole download.
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
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

    /** For the whole download (a video may be tens of MiB), not per read. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

    private static final Logger log = LoggerFactory.getLogger(ImageDownloader.class);

    private final OkHttpClient http;
    private final long maxBytes;
    private final Duration timeLimit;

    /**
     * @param http     the bot's one shared client (its pools and timeouts)
     * @param maxBytes the cap for a picture; a video's cap is the room the caller has for it
     */
    public ImageDownloader(OkHttpClient http, long maxBytes, Duration timeLimit) {
        this.http = http;
        this.maxBytes = maxBytes;
        this.timeLimit = timeLimit;
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
    public Optional<Picture> fetch(String url, long maxBytes) {
        HttpUrl address = url == null ? null : HttpUrl.parse(url);
        if (address == null) {
            log.info("Picture address is not usable; posting without it");
            return Optional.empty();
        }
        // The address carries Instagram's signature: log only where it points, not its query.
        String where = address.host() + address.encodedPath();
        Request request = new Request.Builder().url(address).get().build();
        Call call = http.newCall(request);
        call.timeout().timeout(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        try (Response response = call.execute()) {
            if (!response.isSuccessful()) {
                log.info("Picture {} answered HTTP {}; posting without it", where, response.code());
                return Optional.empty();
            }
            ResponseBody body = response.body();
            MediaType type = body.contentType();
            if (type != null && !type.type().equalsIgnoreCase("image") && !type.type().equalsIgnoreCase("video")) {
                log.info("Picture {} is {}, not an image or video; posting without it", where, type);
                return Optional.empty();
            }
            if (body.contentLength() > maxBytes) {
                log.info("Picture {} is {} bytes, over the {} byte cap; posting without it",
                        where, body.contentLength(), maxBytes);
                return Optional.empty();
            }
            // The length header may be absent or wrong: count what actually arrives, and stop
            // reading one byte past the cap rather than buffering a huge answer.
            BufferedSource source = body.source();
            Buffer bytes = new Buffer();
            while (bytes.size() <= maxBytes) {
                if (source.read(bytes, 64 * 1024) == -1) {
                    return Optional.of(new Picture(bytes.readByteArray(), extension(type)));
                }
            }
            log.info("Picture {} is over the {} byte cap; posting without it", where, maxBytes);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            log.info("Picture {} could not be downloaded ({}); posting without it", where, e.toString());
            return Optional.empty();
        }
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
