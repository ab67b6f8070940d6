package org.instarelay.collect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.instarelay.instagram.Media;
import org.instarelay.store.Database;
import org.instarelay.store.DeliveryRepository;
import org.instarelay.store.MediaRepository;
import org.instarelay.store.StoreException;
import org.instarelay.store.StoredMedia;
import org.instarelay.store.Subscription;
import org.instarelay.store.SubscriptionRepository;
import org.instarelay.subscriptions.FilterDecision;

/**
 * Stores a page of posts and queues the newest of the new ones in one transaction: a crash
 * between the two can neither lose a queued post nor leave a new post that is never queued.
 *
 * <p>A post is queued once for each active subscription of the account: PENDING when the
 * subscription's filters pass it, else SKIPPED with the option that left it out (what
 * {@code history} shows). A subscription added later gets only posts stored after it.
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
    private final SubscriptionRepository subscriptions;
    private final PictureKeeping pictures;
    private final Onlooker onlooker;

    public NewPosts(Database database, MediaRepository media, DeliveryRepository deliveries,
                    SubscriptionRepository subscriptions) {
        this(database, media, deliveries, subscriptions, PictureKeeping.NONE, Onlooker.NONE);
    }

    /** @param onlooker shown each queued new post once, oldest first, after it is stored */
    public NewPosts(Database database, MediaRepository media, DeliveryRepository deliveries,
                    SubscriptionRepository subscriptions, PictureKeeping pictures, Onlooker onlooker) {
        this.database = database;
        this.media = media;
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.pictures = pictures;
        this.onlooker = onlooker;
    }

    /**
     * @param queueNewest how many of the new posts, newest first, to queue for posting (a baseline
     *                    queues only the backfill; a normal cycle all)
     */
    public Result store(String accountId, List<Media> page, int queueNewest, Instant now) throws StoreException {
        List<StoredMedia> records = page.stream().map(item -> MediaRecords.of(accountId, item, now)).toList();
        List<String> added = database.transaction(transaction -> {
            List<String> newIds = media.insertNew(transaction, records, now);
            deliveries.queue(transaction, rowsFor(transaction, accountId, records,
                    Set.copyOf(newIds.subList(0, queued(newIds, queueNewest)))), now);
            return newIds;
        });
        int queued = queued(added, queueNewest);
        showQueued(records, added.subList(0, queued));
        // The keeper orders the posts itself; these are the new ones worth keeping pictures of.
        Set<String> keep = Set.copyOf(added.subList(0, Math.min(added.size(), Math.max(queued, PICTURES_OF_NEWEST))));
        if (!keep.isEmpty()) {
            pictures.keepPicturesOf(records.stream().filter(record -> keep.contains(record.id())).toList());
        }
        return new Result(added.size(), queued);
    }

    /** One row per (queued post, active subscription), left out where the subscription's filters say so. */
    private List<DeliveryRepository.Queued> rowsFor(org.instarelay.store.Transaction transaction, String accountId,
                                                    List<StoredMedia> records, Set<String> wanted)
            throws java.sql.SQLException {
        List<Subscription> targets = subscriptions.active(transaction, accountId);
        List<DeliveryRepository.Queued> rows = new ArrayList<>();
        for (StoredMedia record : records) {
            if (!wanted.contains(record.id())) {
                continue;
            }
            for (Subscription subscription : targets) {
                FilterDecision decision = SubscriptionFilters.decide(subscription, record);
                rows.add(new DeliveryRepository.Queued(record, subscription.id(), !decision.passed(),
                        decision.passed() || decision.option() == null ? null : decision.option().label(),
                        decision.passed() ? null : decision.detail()));
            }
        }
        return rows;
    }

    /** The onlooker sees what was queued (a baseline's older posts were not), oldest first as they are posted. */
    private void showQueued(List<StoredMedia> records, List<String> queuedNewestFirst) {
        for (int i = queuedNewestFirst.size() - 1; i >= 0; i--) {
            String id = queuedNewestFirst.get(i);
            records.stream().filter(record -> record.id().equals(id)).findFirst()
                    .ifPresent(record -> onlooker.newPost(PostViews.of(null, record)));
        }
    }

    private static int queued(List<String> added, int queueNewest) {
        return Math.min(Math.max(queueNewest, 0), added.size());
    }


    /** How many posts were new, and how many of those were queued. */
    public record Result(int stored, int queued) {}
}
