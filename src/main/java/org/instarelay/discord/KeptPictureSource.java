package org.instarelay.discord;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import org.instarelay.pictures.DownloadPool;
import org.instarelay.pictures.KeptPicture;
import org.instarelay.pictures.PictureKeeper;
import org.instarelay.pictures.Room;
import org.instarelay.pictures.TakenOver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pictures for Discord uploads from the bytes the bot kept when it collected the post, so a post
 * sent days later (after a Discord outage, a pause) still carries its pictures when Instagram's
 * addresses have expired. A picture that was never kept, or has been evicted, is downloaded live;
 * one the keeper gave up on moments ago (too slow, or not a picture) is left out. A picture the
 * keeper has started to download is waited for; one still queued behind other posts' downloads
 * is taken over: downloaded live now, and handed to the keeper to keep, so a slow album elsewhere
 * never holds this post back and nothing is downloaded twice.
 *
 * <p>The keeper comes from the core, which is built after the publisher; until it is
 * {@linkplain #attach attached} every picture is downloaded live.
 */
public final class KeptPictureSource implements PictureSource {
    private static final Logger log = LoggerFactory.getLogger(KeptPictureSource.class);

    private final PictureSource live;
    private volatile PictureKeeper keeper;

    /** @param live where a picture the bot does not keep comes from (an {@link ImageDownloader}) */
    public KeptPictureSource(PictureSource live) {
        this.live = live;
    }

    /** From now on, kept pictures come from {@code keptPictures}. */
    public void attach(PictureKeeper keptPictures) {
        this.keeper = keptPictures;
    }

    @Override
    public Optional<Picture> fetch(String url) {
        return fetch(url, () -> live.fetch(url), size -> true);
    }

    /** Videos are never kept: a file of at most {@code maxBytes} comes from the live source, asked once. */
    @Override
    public Optional<Picture> fetch(String url, long maxBytes) {
        return fetch(url, () -> live.fetch(url, maxBytes), size -> size <= maxBytes);
    }

    /** Videos are never kept: one taking its bytes from {@code share} comes from the live source, asked once. */
    @Override
    public Optional<Picture> fetch(String url, Room.Share share) {
        return fetch(url, () -> live.fetch(url, share), share::take);
    }

    @Override
    public Optional<DownloadPool> downloads() {
        PictureKeeper current = keeper;
        return current == null ? Optional.empty() : Optional.of(current.uploads());
    }

    /** @param fits whether kept bytes of this size may be used (a live fetch applies its own limit) */
    private Optional<Picture> fetch(String url, Supplier<Optional<Picture>> liveFetch, LongPredicate fits) {
        PictureKeeper current = keeper;
        if (current == null) {
            return liveFetch.get();
        }
        Optional<TakenOver> queued = current.takeOver(url);
        if (queued.isPresent()) {
            // Queued behind other posts' downloads: fetched now, and kept from these bytes.
            try (TakenOver mine = queued.get()) {
                Optional<Picture> fetched = liveFetch.get();
                fetched.ifPresent(picture -> mine.keep(picture.bytes()));
                return fetched;
            }
        }
        Optional<Picture> kept = kept(current, url).filter(picture -> fits.test(picture.bytes().length));
        if (kept.isPresent()) {
            return kept;
        }
        // Given up moments ago (its deadline, or not a picture): a live try would cost the post as long again.
        return current.givenUp(url) ? Optional.empty() : liveFetch.get();
    }

    /** The bytes the bot kept for {@code url}, waiting for a download under way; empty when it kept none (or evicted them just now). */
    private static Optional<Picture> kept(PictureKeeper keeper, String url) {
        Optional<KeptPicture> kept = keeper.kept(url);
        if (kept.isPresent()) {
            try {
                return Optional.of(new Picture(Files.readAllBytes(kept.get().file()), extension(kept.get().name())));
            } catch (IOException e) {
                // Evicted between the look-up and the read: Instagram may still have it.
                log.debug("Kept picture {} is gone ({}); downloading it instead", kept.get().name(),
                        e.getClass().getSimpleName());
            }
        }
        return Optional.empty();
    }

    /** Kept names end in the extension their type calls for (jpg, png, webp, gif). */
    private static String extension(String keptName) {
        return keptName.substring(keptName.lastIndexOf('.') + 1);
    }
}
