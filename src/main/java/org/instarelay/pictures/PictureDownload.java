package org.instarelay.pictures;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
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
 * Downloads one picture from Instagram's CDN with the bot's shared client: streamed, cut off one
 * byte past the size cap, and bounded in time, so a huge or endless answer can neither fill the
 * memory nor hold a worker.
 *
 * <p>Never throws: an expired or refused address (Instagram's signed links answer 403 after some
 * days), a non-image answer, a picture over the cap or a timeout gives an empty result, and the
 * caller goes on without it. The address carries Instagram's signature, so only its host and path
 * are ever logged.
 */
public final class PictureDownload {
    /** Per picture. Instagram's pictures are well under 2 MiB; Discord's smallest upload limit is 10 MiB. */
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;
    /** Per picture, connecting and reading included: a stalled CDN must not hold a worker for long. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);
    /** Instagram serves pictures and video covers as JPEG, and says so; an answer without a type is taken as one. */
    private static final String ASSUMED_TYPE = "image/jpeg";
    private static final long CHUNK = 64 * 1024;
    private static final Logger log = LoggerFactory.getLogger(PictureDownload.class);

    private final OkHttpClient http;
    private final long maxBytes;
    private final Duration timeLimit;

    /** The downloaded bytes and the content type they came with (such as image/png). */
    public record Downloaded(byte[] bytes, String mimeType) {}

    /** @param http the bot's one shared client (its pools and timeouts) */
    public PictureDownload(OkHttpClient http, long maxBytes, Duration timeLimit) {
        this.http = http;
        this.maxBytes = maxBytes;
        this.timeLimit = timeLimit;
    }

    public PictureDownload(OkHttpClient http) {
        this(http, DEFAULT_MAX_BYTES, DEFAULT_TIME_LIMIT);
    }

    /** The picture at {@code url}; empty when it cannot be had (the reason is logged at INFO). */
    public Optional<Downloaded> get(String url) {
        return get(url, maxBytes, false);
    }

    /**
     * A picture, or with {@code videoToo} also a video (a Discord upload of the file itself), of at
     * most {@code capBytes}; empty when it cannot be had.
     */
    public Optional<Downloaded> get(String url, long capBytes, boolean videoToo) {
        HttpUrl address = url == null ? null : HttpUrl.parse(url);
        if (address == null) {
            log.info("Picture address is not usable; going on without it");
            return Optional.empty();
        }
        String where = address.host() + address.encodedPath();
        Call call = http.newCall(new Request.Builder().url(address).get().build());
        call.timeout().timeout(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        try (Response response = call.execute()) {
            if (!response.isSuccessful()) {
                log.info("Picture {} answered HTTP {}; going on without it", where, response.code());
                return Optional.empty();
            }
            ResponseBody body = response.body();
            MediaType type = body.contentType();
            boolean accepted = type == null || type.type().equalsIgnoreCase("image")
                    || videoToo && type.type().equalsIgnoreCase("video");
            if (!accepted) {
                log.info("Picture {} is {}, not an image{}; going on without it", where, type, videoToo ? " or video" : "");
                return Optional.empty();
            }
            if (body.contentLength() > capBytes) {
                log.info("Picture {} is {} bytes, over the {} byte cap; going on without it",
                        where, body.contentLength(), capBytes);
                return Optional.empty();
            }
            return readCapped(body.source(), where, capBytes)
                    .map(bytes -> new Downloaded(bytes, type == null ? ASSUMED_TYPE : type.type() + "/" + type.subtype()));
        } catch (IOException | RuntimeException e) {
            log.info("Picture {} could not be downloaded ({}); going on without it", where, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** The length header may be absent or wrong: count what arrives, and stop one byte past the cap. */
    private static Optional<byte[]> readCapped(BufferedSource source, String where, long capBytes) throws IOException {
        Buffer bytes = new Buffer();
        while (bytes.size() <= capBytes) {
            if (source.read(bytes, CHUNK) == -1) {
                return Optional.of(bytes.readByteArray());
            }
        }
        log.info("Picture {} is over the {} byte cap; going on without it", where, capBytes);
        return Optional.empty();
    }
}
