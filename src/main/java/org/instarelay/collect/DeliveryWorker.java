package org.instarelay.collect;

import java.time.Clock;
import java.time.Duration;
import org.instarelay.instagram.InstagramClient;
import org.instarelay.instagram.InstagramException;
import java.util.Optional;
import org.instarelay.store.Account;
import org.instarelay.store.AccountRepository;
import org.instarelay.store.Delivery;
import org.instarelay.store.DeliveryRepository;
import org.instarelay.store.DeliveryState;
import org.instarelay.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.instarelay.view.PostView;

/**
 * Sends an account's queued posts, oldest first, and records each one.
 *
 * <p>The order of writes is the guarantee: SENDING is stored before the publisher is called and
 * DELIVERED (with the message id) after it returns. A post found in SENDING after a restart may
 * have gone out, so the publisher is asked to look for it before it is sent again. A post that
 * fails stops the account's queue for this cycle, so posts never go out of order.
 */
final class DeliveryWorker {
    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    /** Posts queued longer than this may have been deleted meanwhile: check before posting. */
    static final Duration STALE_AFTER = Duration.ofMinutes(2);

    private final DeliveryRepository deliveries;
    private final InstagramClient instagram;
    private final AccountRepository accounts;
    private final Publisher publisher;
    private final Clock clock;
    private final CycleEvents events;

    DeliveryWorker(DeliveryRepository deliveries, InstagramClient instagram, AccountRepository accounts,
                   Publisher publisher, Clock clock, CycleEvents events) {
        this.deliveries = deliveries;
        this.instagram = instagram;
        this.accounts = accounts;
        this.publisher = publisher;
        this.clock = clock;
        this.events = events;
    }

    /** What one account's delivery did. */
    record Result(int delivered, int skipped, String error) {}

    Result deliver(Account account) throws StoreException {
        int delivered = 0;
        int skipped = 0;
        for (Delivery delivery : deliveries.queued(account.igUserId())) {
            PostView post = PostViews.of(account, delivery.post());
            String mediaId = delivery.post().id();
            try {
                // Look where it was sent, even if the account's channel changed since.
                if (delivery.state() == DeliveryState.SENDING
                        && recover(post.withChannel(delivery.target()))) {
                    events.delivered();
                    delivered++;
                    continue;
                }
                if (deletedMeanwhile(account, delivery)) {
                    log.info("Skipping {} of {}: deleted on Instagram before it could be posted", mediaId, account.handle());
                    deliveries.markSkipped(mediaId, "deleted on Instagram before it could be posted", clock.instant());
                    events.skipped("deleted");
                    skipped++;
                    continue;
                }
                deliveries.markSending(mediaId, account.channelId(), clock.instant());
                PublishReceipt receipt = publisher.publish(post);
                record(mediaId, receipt);
                events.delivered();
                delivered++;
            } catch (PublishException e) {
                if (e.outcome() == PublishException.Outcome.GONE) {
                    log.info("Skipping {} of {}: {}", mediaId, account.handle(), e.getMessage());
                    deliveries.markSkipped(mediaId, e.getMessage(), clock.instant());
                    events.skipped("gone");
                    skipped++;
                    continue;
                }
                events.failed(e.outcome().name().toLowerCase(java.util.Locale.ROOT));
                if (e.outcome() == PublishException.Outcome.NOT_SENT) {
                    deliveries.markRetry(mediaId, e.getMessage(), clock.instant());
                }
                // MAYBE_SENT stays SENDING: the next attempt looks for it first.
                log.warn("Could not post {} of {}: {}", mediaId, account.handle(), e.getMessage());
                return finish(account, delivered, skipped, e.getMessage());
            } catch (RuntimeException e) {
                log.error("Unexpected failure while posting {} of {}", mediaId, account.handle(), e);
                events.failed("unexpected");
                return finish(account, delivered, skipped, "Unexpected error while posting ("
                        + e.getClass().getSimpleName() + "); details are in the log file.");
            }
        }
        return finish(account, delivered, skipped, null);
    }

    /**
     * A post that waited (a Discord outage, a pause) may have been deleted meanwhile; one that was
     * read from Instagram seconds ago was not. Only the first kind costs a request. When Instagram
     * cannot tell, the post is sent: losing a post is worse than posting a deleted one.
     */
    private boolean deletedMeanwhile(Account account, Delivery delivery) {
        boolean waited = delivery.attempts() > 0 || delivery.since().isBefore(clock.instant().minus(STALE_AFTER));
        if (!waited || !account.isActive()) {
            return false;
        }
        try {
            return !instagram.mediaExists(account.token().accessToken(), delivery.post().id());
        } catch (InstagramException e) {
            log.debug("Could not check whether {} still exists: {}", delivery.post().id(), e.getMessage());
            return false;
        }
    }

    /** True when the post turned out to be out already, and is now recorded as delivered. */
    private boolean recover(PostView post) throws PublishException, StoreException {
        Optional<PublishReceipt> found = publisher.findPublished(post);
        if (found.isEmpty()) {
            return false;
        }
        log.info("{} of {} was already posted before a restart; not posting it again",
                post.mediaId(), post.account().handle());
        record(post.mediaId(), found.get());
        return true;
    }

    private void record(String mediaId, PublishReceipt receipt) throws StoreException {
        deliveries.markDelivered(mediaId, receipt.target(), receipt.messageId(), clock.instant());
        if (!receipt.moreMessageIds().isEmpty()) {
            deliveries.recordMoreMessages(mediaId, receipt.moreMessageIds(), clock.instant());
        }
    }

    private Result finish(Account account, int delivered, int skipped, String error) throws StoreException {
        if (!java.util.Objects.equals(error, account.health().deliveryError())) {
            accounts.recordDeliveryError(account.igUserId(), error);
        }
        return new Result(delivered, skipped, error);
    }
}
