package org.instarelay.app;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.instarelay.collect.PictureKeeping;
import org.instarelay.config.PicturesSettings;
import org.instarelay.config.Settings;
import org.instarelay.pictures.PictureDownload;
import org.instarelay.pictures.PictureKeeper;
import org.instarelay.pictures.PictureStore;
import org.instarelay.store.Database;
import org.instarelay.store.DeliveryRepository;
import org.instarelay.store.PictureRepository;
import org.instarelay.store.StoreException;

/**
 * The core's pictures, wired once: the one {@link PictureStore} (its index lives in memory, so
 * the web face must serve from this same instance) and the {@link PictureKeeper} that fills it
 * from newly collected posts when {@code pictures.max-size} allows any.
 */
final class KeptPictures implements AutoCloseable {
    /**
     * How long a Discord upload waits for its picture still being kept, before downloading it
     * itself: the keeper's download ends by its deadline, so this is that and a little more.
     */
    private static final Duration UPLOAD_WAIT = PictureDownload.MAX_DEADLINE.plusSeconds(5);

    final PictureStore store;
    final PictureKeeper keeper;
    private final boolean keeps;

    private KeptPictures(PictureStore store, PictureKeeper keeper, boolean keeps) {
        this.store = store;
        this.keeper = keeper;
        this.keeps = keeps;
    }

    static KeptPictures open(Settings settings, Database database, OkHttpClient http, Clock clock)
            throws StoreException {
        PicturesSettings kept = settings.pictures() != null ? settings.pictures()
                : PicturesSettings.besideDatabase(settings.databasePath());
        PictureStore store;
        try {
            store = PictureStore.open(kept.folder(), kept.maxBytes(), clock);
        } catch (UncheckedIOException e) {
            throw new StoreException("Cannot use the pictures folder " + kept.folder()
                    + ". Check pictures.path and the folder's permissions, or set pictures.max-size=0.", e);
        }
        PictureKeeper keeper = new PictureKeeper(store, new PictureRepository(database), new PictureDownload(http),
                clock, UPLOAD_WAIT);
        return new KeptPictures(store, keeper, kept.keepsPictures());
    }

    /**
     * The pictures the bot beside a read-only console keeps, to read only: no file is deleted,
     * evicted or kept, and the keeper never runs.
     */
    static KeptPictures look(Settings settings, Database database, OkHttpClient http, Clock clock) {
        PicturesSettings kept = settings.pictures() != null ? settings.pictures()
                : PicturesSettings.besideDatabase(settings.databasePath());
        PictureStore store = PictureStore.look(kept.folder(), clock);
        PictureKeeper keeper = new PictureKeeper(store, new PictureRepository(database), new PictureDownload(http),
                clock, UPLOAD_WAIT);
        return new KeptPictures(store, keeper, false);
    }

    /** What the collector hands new posts to: the keeper, or nothing with {@code pictures.max-size=0}. */
    PictureKeeping forCollector() {
        return keeps ? keeper : PictureKeeping.NONE;
    }

    /**
     * Posts still waiting to go out whose pictures are not kept (the bot stopped while they were
     * being downloaded, or the CDN failed then) are tried once more at start, before they are
     * posted; pictures already kept are looked up, not downloaded again.
     */
    void resumeKeeping(DeliveryRepository deliveries) throws StoreException {
        if (!keeps) {
            return;
        }
        keeper.keepPicturesOf(deliveries.waitingPosts());
    }

    @Override
    public void close() {
        keeper.close();
    }
}
