package org.instarelay.collect;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.instarelay.instagram.Media;
import org.instarelay.store.Database;
import org.instarelay.store.DeliveryRepository;
import org.instarelay.store.MediaRepository;
import org.instarelay.store.StoreException;
import org.instarelay.store.StoredMedia;

/**
 * Stores a page of posts and queues the newest of the new ones in one transaction: a crash
 * between the two can neither lose a queued post nor leave a new post that is never queued.
 *
 * <p>Once that transaction has committed (never inside it: downloads must not hold the database),
 * the new posts' pictures are handed to {@link PictureKeeping}.
 */
public final class NewPosts {
    /**
     * Pictures are kept for every queued post, and for at least the newest this many new ones: the
     * most a website feed shows ({@code ?limit=100}). A baseline's older posts are neither posted
     * nor shown, so downloading a thousand of them would only fill the budget.
     */
    static final int PICTURES_OF_NEWEST = 100;

    private final Database database;
    private final MediaRepository media;
    private final DeliveryRepository deliveries;
    private final PictureKeeping pictures;

    public NewPosts(Database database, MediaRepository media, DeliveryRepository deliveries) {
        this(database, media, deliveries, PictureKeeping.NONE);
    }

    public NewPosts(Database database, MediaRepository media, DeliveryRepository deliveries, PictureKeeping pictures) {
        this.database = database;
        this.media = media;
        this.deliveries = deliveries;
        this.pictures = pictures;
    }

    /**
     * @param queueNewest how many of the new posts, newest first, to queue for posting (a baseline
     *                    queues only the backfill; a normal cycle all)
     */
    public Result store(String accountId, List<Media> page, int queueNewest, Instant now) throws StoreException {
        List<StoredMedia> records = page.stream().map(item -> MediaRecords.of(accountId, item, now)).toList();
        List<String> added = database.transaction(transaction -> {
            List<String> newIds = media.insertNew(transaction, records, now);
            deliveries.queue(transaction, newIds.subList(0, queued(newIds, queueNewest)), now);
            return newIds;
        });
        int queued = queued(added, queueNewest);
        keepPictures(records, added.subList(0, Math.min(added.size(), Math.max(queued, PICTURES_OF_NEWEST))));
        return new Result(added.size(), queued);
    }

    private static int queued(List<String> added, int queueNewest) {
        return Math.min(Math.max(queueNewest, 0), added.size());
    }

    /** Hands over the posts whose ids are {@code newestIds}, newest first. */
    private void keepPictures(List<StoredMedia> records, List<String> newestIds) {
        if (newestIds.isEmpty()) {
            return;
        }
        Map<String, StoredMedia> byId = records.stream()
                .collect(Collectors.toMap(StoredMedia::id, Function.identity(), (first, second) -> first));
        pictures.keepPicturesOf(newestIds.stream().map(byId::get).toList());
    }

    /** How many posts were new, and how many of those were queued. */
    public record Result(int stored, int queued) {}
}
