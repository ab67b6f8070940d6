package org.instarelay.discord;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import org.instarelay.pictures.KeptPicture;
import org.instarelay.pictures.PictureKeeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pictures for Discord uploads from the bytes the bot kept when it collected the post, so a post
 * sent days later (after a Discord outage, a pause) still carries its pictures when Instagram's
 * addresses have expired. A picture that was never kept, or has been evicted, is downloaded live;
 * one the keeper gave up on moments ago (too slow, or not a picture) is left out.
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
        return kept(url).or(() -> givenUp(url) ? Optional.empty() : live.fetch(url));
    }

    /** Videos are never kept: a file of at most {@code maxBytes} comes from the live source, asked once. */
    @Override
    public Optional<Picture> fetch(String url, long maxBytes) {
        return kept(url).filter(picture -> picture.bytes().length <= maxBytes)
                .or(() -> givenUp(url) ? Optional.empty() : live.fetch(url, maxBytes));
    }

    /** The keeper just ran into this address's deadline or refused it: a live try would cost the post as long again. */
    private boolean givenUp(String url) {
        PictureKeeper current = keeper;
        return current != null && current.givenUp(url);
    }

    /** The bytes the bot kept for {@code url}; empty when it kept none (or evicted them just now). */
    private Optional<Picture> kept(String url) {
        PictureKeeper current = keeper;
        Optional<KeptPicture> kept = current == null ? Optional.empty() : current.kept(url);
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
