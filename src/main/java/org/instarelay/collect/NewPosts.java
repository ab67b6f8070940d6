package org.instarelay.collect;

import java.time.Instant;
import java.util.List;
import org.instarelay.instagram.Media;
import org.instarelay.store.Database;
import org.instarelay.store.DeliveryRepository;
import org.instarelay.store.MediaRepository;
import org.instarelay.store.StoreException;
import org.instarelay.store.StoredMedia;

/**
 * Stores a page of posts and queues the newest of the new ones in one transaction: a crash
 * between the two can neither lose a queued post nor leave a new post that is never queued.
 */
public final class NewPosts {
    private final Database database;
    private final MediaRepository media;
    private final DeliveryRepository deliveries;

    public NewPosts(Database database, MediaRepository media, DeliveryRepository deliveries) {
        this.database = database;
        this.media = media;
        this.deliveries = deliveries;
    }

    /**
     * @param queueNewest how many of the new posts, newest first, to queue for posting (a baseline
     *                    queues only the backfill; a normal cycle all)
     */
    public Result store(String accountId, List<Media> page, int queueNewest, Instant now) throws StoreException {
        return database.transaction(transaction -> {
            List<StoredMedia> records = page.stream().map(item -> MediaRecords.of(accountId, item, now)).toList();
            List<String> added = media.insertNew(transaction, records, now);
            List<String> queued = added.subList(0, Math.min(Math.max(queueNewest, 0), added.size()));
            deliveries.queue(transaction, queued, now);
            return new Result(added.size(), queued.size());
        });
    }

    /** How many posts were new, and how many of those were queued. */
    public record Result(int stored, int queued) {}
}
