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
 */
public final class NewPosts {
    private final Database database;
    private final MediaRepository media;
    private final DeliveryRepository deliveries;
    private final SubscriptionRepository subscriptions;

    public NewPosts(Database database, MediaRepository media, DeliveryRepository deliveries,
                    SubscriptionRepository subscriptions) {
        this.database = database;
        this.media = media;
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
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
            Set<String> wanted = Set.copyOf(queued);
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
            deliveries.queue(transaction, rows, now);
            return new Result(added.size(), queued.size());
        });
    }

    /** How many posts were new, and how many of those were queued. */
    public record Result(int stored, int queued) {}
}
