package org.instarelay.pictures;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads one picture (or video) from Instagram's CDN with the bot's shared client: streamed, cut
 * off one byte past the size cap, and bounded by one deadline for the whole download, so a huge,
 * endless or dripping answer can neither fill the memory nor hold a worker for long.
 *
 * <p>Only pictures, and only from where they should come: redirects are followed by hand
 * ({@link RedirectChain}; the client follows none), as {@link RedirectRule} allows; a body is taken only when its first
 * bytes say it is a picture (or, when asked, a video), whatever its Content-Type says, and it is
 * typed by those bytes ({@link PictureTypes#sniff}).
 *
 * <p>Never throws: an expired or refused address (Instagram's signed links answer 403 after some
 * days), a refused redirect, a body that is no picture, one over the cap or past the deadline gives
 * an empty result, logged once at INFO with the reason, and the caller goes on without it. The
 * address carries Instagram's signature, so only its host and path are ever logged.
 */
public final class PictureDownload {
    /** Per picture. Instagram's pictures are well under 2 MiB; Discord's smallest upload limit is 10 MiB. */
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;
    /**
     * The deadline of a download is this much per MiB it may be (its cap), between
     * {@link #MIN_DEADLINE} and {@link #MAX_DEADLINE}: a CDN serves a MiB in well under a second,
     * so a download slower than this is a stalled or hostile answer, not a big picture.
     */
    public static final Duration DEADLINE_PER_MIB = Duration.ofSeconds(2);
    /** However small the cap, a download gets this long: connecting and the first byte take their time. */
    public static final Duration MIN_DEADLINE = Duration.ofSeconds(5);
    /** However large the cap (a video), a download ends by then, redirects included: a post waits for it. */
    public static final Duration MAX_DEADLINE = Duration.ofSeconds(20);
    private static final long MIB = 1024 * 1024;
    private static final int CHUNK = 64 * 1024;
    /** The largest array the JVM reliably makes. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;
    private static final Logger log = LoggerFactory.getLogger(PictureDownload.class);

    private final RedirectChain redirects;
    private final long maxBytes;
    private final Duration maxDeadline;

    /** The downloaded bytes and their type, as their first bytes tell it (such as image/png). */
    public record Downloaded(byte[] bytes, String mimeType) {}

    /**
     * What one download came to.
     *
     * @param picture  the file, or empty
     * @param givenUp  true when trying the same address again soon is pointless: it ran into its
     *                 deadline, or what it served or redirected to was refused; false for a
     *                 failure that may pass (an HTTP error, a broken connection)
     */
    public record Attempt(Optional<Downloaded> picture, boolean givenUp) {
        static Attempt failed(boolean givenUp) {
            return new Attempt(Optional.empty(), givenUp);
        }
    }

    /**
     * @param http        the bot's one shared client (its pools); downloads follow no redirects by it
     * @param maxDeadline the longest a download may take ({@link #MAX_DEADLINE}; tests shorten it)
     */
    public PictureDownload(OkHttpClient http, long maxBytes, Duration maxDeadline) {
        this.redirects = new RedirectChain(http);
        this.maxBytes = maxBytes;
        this.maxDeadline = maxDeadline;
    }

    public PictureDownload(OkHttpClient http) {
        this(http, DEFAULT_MAX_BYTES, MAX_DEADLINE);
    }

    /** The deadline of a whole download of at most {@code capBytes}. */
    Duration deadlineFor(long capBytes) {
        long mib = Math.max(1, (capBytes + MIB - 1) / MIB);
        Duration wanted = DEADLINE_PER_MIB.multipliedBy(mib);
        Duration atLeast = wanted.compareTo(MIN_DEADLINE) < 0 ? MIN_DEADLINE : wanted;
        return atLeast.compareTo(maxDeadline) > 0 ? maxDeadline : atLeast;
    }

    /** The picture at {@code url}; empty when it cannot be had (the reason is logged at INFO). */
    public Optional<Downloaded> get(String url) {
        return attempt(url, maxBytes, false).picture();
    }

    /**
     * A picture, or with {@code videoToo} also a video (a Discord upload of the file itself), of at
     * most {@code capBytes}; empty when it cannot be had.
     */
    public Optional<Downloaded> get(String url, long capBytes, boolean videoToo) {
        return attempt(url, capBytes, videoToo).picture();
    }

    /**
     * A picture or video that takes its bytes from {@code share} as it reads them, so downloads
     * sharing a room never read more than it together; empty when it cannot be had or does not fit.
     */
    public Optional<Downloaded> get(String url, Room.Share share) {
        return attempt(url, share.most(), true, share).picture();
    }

    /** The picture at {@code url} within the picture cap, and whether a failure is worth a second try soon. */
    public Attempt attempt(String url) {
        return attempt(url, maxBytes, false);
    }

    private Attempt attempt(String url, long capBytes, boolean videoToo) {
        return attempt(url, capBytes, videoToo, null);
    }

    private Attempt attempt(String url, long capBytes, boolean videoToo, Room.Share share) {
        Attempt attempt = download(url, capBytes, videoToo, share);
        if (attempt.picture().isEmpty() && share != null) {
            share.giveBackAll();
        }
        return attempt;
    }

    private Attempt download(String url, long capBytes, boolean videoToo, Room.Share share) {
        HttpUrl address = url == null ? null : HttpUrl.parse(url);
        if (address == null) {
            log.info("Picture address is not usable; going on without it");
            return Attempt.failed(true);
        }
        String where = address.host() + address.encodedPath();
        long deadline = System.nanoTime() + deadlineFor(capBytes).toNanos();
        try {
            Optional<Response> response = redirects.open(address, deadline);
            return response.isEmpty() ? Attempt.failed(false)
                    : read(response.get(), capBytes, videoToo, share == null ? null : new Taking(share));
        } catch (DownloadRefused e) {
            log.info("Picture {} {}; going on without it", where, e.getMessage());
            return Attempt.failed(true);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
                // Cancelled (the bot is stopping): not the address's fault, so not given up.
                log.info("Picture {} was not downloaded: cancelled", where);
                return Attempt.failed(false);
            }
            boolean late = System.nanoTime() - deadline >= 0;
            log.info("Picture {} {}; going on without it", where, late ? "took longer than its deadline"
                    : "could not be downloaded (" + e.getClass().getSimpleName() + ")");
            return Attempt.failed(late);
        }
    }

    /** A download's bytes taken from its share of a room as it reads them. */
    private record Taking(Room.Share share) {
        void take(long bytes) throws DownloadRefused {
            if (!share.take(bytes)) {
                throw new DownloadRefused("does not fit the room left in its message");
            }
        }
    }

    private Attempt read(Response response, long capBytes, boolean videoToo, Taking room) throws IOException {
        try (response) {
            ResponseBody body = response.body();
            long declared = body.contentLength();
            if (declared > capBytes) {
                // Not read at all: a video too large for the room left costs nothing but its headers.
                throw new DownloadRefused("is " + declared + " bytes, over the " + capBytes + " byte cap");
            }
            if (room != null && declared >= 0) {
                room.take(declared);
            }
            byte[] bytes = readCapped(body.source(), declared, capBytes, videoToo,
                    room == null || declared >= 0 ? null : room);
            String type = PictureTypes.sniff(bytes).orElseThrow();
            return new Attempt(Optional.of(new Downloaded(bytes, type)), false);
        }
    }

    /**
     * The body, read once into an array of its declared length (or, without one, grown as it
     * arrives), so a file is held once, not twice; refused as soon as its first bytes say it is no
     * picture (a text page is not read on), and as soon as more than the cap arrives (a length
     * header may lie: what arrives is counted). An interrupt (shutting down) ends it at the next read.
     */
    private static byte[] readCapped(BufferedSource source, long declared, long capBytes, boolean videoToo,
                                     Taking growing) throws IOException {
        long most = Math.min(capBytes, MAX_ARRAY);
        byte[] bytes = new byte[(int) (declared >= 0 ? declared : Math.min(CHUNK, most))];
        if (growing != null) {
            growing.take(bytes.length);
        }
        int length = 0;
        boolean sniffed = false;
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("interrupted");
            }
            if (length == bytes.length) {
                if (source.exhausted()) {
                    break;
                }
                if (length >= most) {
                    throw new DownloadRefused("is over the " + capBytes + " byte cap");
                }
                int grown = (int) Math.min(most, Math.max(2L * length, CHUNK));
                if (growing != null) {
                    growing.take(grown - length);
                }
                bytes = Arrays.copyOf(bytes, grown);
            }
            int read = source.read(bytes, length, (int) Math.min(bytes.length - length, CHUNK));
            if (read == -1) {
                break;
            }
            length += read;
            if (!sniffed && length >= PictureTypes.SNIFF_BYTES) {
                refuseUnlessPicture(Arrays.copyOf(bytes, PictureTypes.SNIFF_BYTES), videoToo);
                sniffed = true;
            }
        }
        if (!sniffed) {
            refuseUnlessPicture(Arrays.copyOf(bytes, length), videoToo);
        }
        if (growing != null) {
            growing.share().giveBack(bytes.length - length);
        }
        return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
    }

    private static void refuseUnlessPicture(byte[] start, boolean videoToo) throws DownloadRefused {
        Optional<String> type = PictureTypes.sniff(start);
        if (type.isEmpty() || !videoToo && type.get().startsWith("video/")) {
            throw new DownloadRefused("is not " + (videoToo ? "a picture or video" : "a picture")
                    + " by its first bytes, whatever its Content-Type says");
        }
    }
}
