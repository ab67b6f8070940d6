package org.instarelay.collect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.instarelay.instagram.InstagramClient;
import org.instarelay.instagram.InstagramException;
import org.instarelay.store.Account;
import org.instarelay.store.Delivery;
import org.instarelay.store.DeliveryRepository;
import org.instarelay.store.DeliveryState;
import org.instarelay.store.StoreException;
import org.instarelay.store.Subscription;
import org.instarelay.store.SubscriptionRepository;
import org.instarelay.view.PostView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the queued posts, channel by channel: each channel's queue oldest first, on one thread at
 * a time even across cycles ({@link ChannelClaims}), and the channels concurrently on a bounded
 * pool. A post that fails stops only its own
 * channel's queue for this cycle, so posts never go out of order in a channel and a deleted
 * channel holds nobody else's posts.
 *
 * <p>The order of writes is the guarantee, per (post, subscription): SENDING is stored before the
 * publisher is called and DELIVERED (with the message id) after it returns. A row found in SENDING
 * after a restart may have gone out, so the publisher looks for it in the channel it was sent to,
 * among everything posted since it went SENDING, before it is sent again; a send that recent may
 * still be in Discord's hands, so nothing found within the {@link ResendGrace} is looked for once
 * more after it. A history that cannot be read keeps the row SENDING: never sent on a guess, and a
 * row that came in SENDING never goes back to PENDING, whatever the attempt answers.
 *
 * <p>Every change of a row is made only from the state and attempt count it was read with
 * ({@link DeliveryRepository#markSending} and the others answer false when it moved on): a
 * queue is read once and sent row by row, and meanwhile an unsubscribe or pause may skip its
 * rows, or the subscription move to another channel whose queue another thread sends. A row
 * that moved on is left alone; a row another thread of this process is sending is skipped.
 *
 * <p>{@link #deliverAll} starts the posting and returns: a scheduled cycle does not wait for it,
 * {@code /instagram poll} waits a little to say what went out.
 */
final class DeliveryWorker {
    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    /** Posts queued longer than this may have been deleted meanwhile: check before posting. */
    static final Duration STALE_AFTER = Duration.ofMinutes(2);

    private final DeliveryRepository deliveries;
    private final SubscriptionRepository subscriptions;
    private final InstagramClient instagram;
    private final Publisher publisher;
    private final Clock clock;
    private final ExecutorService senders;
    private final CycleEvents events;
    private final ResendGrace grace;
    private final ChannelClaims claims = new ChannelClaims();
    /** "media id|subscription id" of the rows being sent right now, by any thread. */
    private final java.util.Set<String> inFlight = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** The accounts as the newest cycle read them, for a channel read again for a later cycle. */
    private volatile Map<String, Account> latestAccounts = Map.of();

    DeliveryWorker(DeliveryRepository deliveries, SubscriptionRepository subscriptions, InstagramClient instagram,
                   Publisher publisher, Clock clock, ExecutorService senders, CycleEvents events, ResendGrace grace) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.instagram = instagram;
        this.publisher = publisher;
        this.clock = clock;
        this.senders = senders;
        this.events = events;
        this.grace = grace;
    }

    /**
     * The posting one cycle started: a future per channel it holds, and the channels it left to
     * the cycle already posting there (which reads their queue again before it lets go).
     */
    record Posting(Map<String, CompletableFuture<ChannelResult>> channels, List<String> handedOver) {}

    /**
     * Starts delivering every channel's queue, without waiting; {@code accounts} by id, as the
     * cycle read them. A channel another cycle is still posting to (a slow picture) is left to
     * that cycle: this one neither waits for it nor sends the same rows.
     */
    Posting deliverAll(Map<String, Account> accounts) throws StoreException {
        latestAccounts = accounts;
        Map<String, CompletableFuture<ChannelResult>> running = new java.util.LinkedHashMap<>();
        List<String> handedOver = new ArrayList<>();
        for (String channel : deliveries.channelsWithWork()) {
            if (!claims.claim(channel)) {
                handedOver.add(channel);
                continue;
            }
            try {
                running.put(channel, CompletableFuture.supplyAsync(() -> deliverClaimed(channel, accounts), senders));
            } catch (RejectedExecutionException closing) {
                claims.release(channel);
                throw closing;
            }
        }
        return new Posting(running, handedOver);
    }

    /** Waits until no channel is being posted to, by any cycle; false if some still are after {@code limit}. */
    boolean awaitIdle(Duration limit) throws InterruptedException {
        return claims.awaitIdle(limit);
    }

    /** True while some channel is being posted to. */
    boolean posting() {
        return !claims.idle();
    }

    /**
     * Sends a channel this thread holds; again with the newest accounts while later cycles asked
     * for it, those passes counted in the result too (the posts they sent are this cycle's to tell).
     */
    private ChannelResult deliverClaimed(String channel, Map<String, Account> accounts) {
        try {
            ChannelResult result = deliverChannel(channel, accounts);
            while (claims.releaseUnlessAsked(channel)) {
                result = result.and(deliverChannel(channel, latestAccounts));
            }
            return result;
        } catch (StoreException e) {
            claims.release(channel);
            throw new CompletionException(e);
        } catch (RuntimeException e) {
            claims.release(channel);
            throw e;
        }
    }

    private ChannelResult deliverChannel(String channelKey, Map<String, Account> accounts) throws StoreException {
        ChannelResult.Tally tally = new ChannelResult.Tally();
        for (Delivery delivery : deliveries.queuedIn(channelKey)) {
            Subscription subscription = delivery.subscription();
            Account account = accounts.get(subscription.igUserId());
            if (account == null) {
                continue; // connected after this cycle read the accounts: the next cycle sends it
            }
            String key = delivery.post().id() + "|" + subscription.id();
            if (!inFlight.add(key)) {
                // Its subscription moved here while another thread sends it where it was.
                log.debug("{} for subscription {} is being sent by another thread; left to it", delivery.post().id(),
                        subscription.id());
                continue;
            }
            String failure;
            try {
                failure = deliverOne(delivery, account, tally);
            } finally {
                inFlight.remove(key);
            }
            if (failure != null) {
                subscriptions.recordError(subscription.id(), failure, clock.instant());
                return tally.result(account.handle() + ": " + failure, subscription.guildId());
            }
            if (subscription.lastError() != null && tally.firstClear(subscription.id())) {
                subscriptions.recordError(subscription.id(), null, clock.instant());
            }
        }
        return tally.result(null, null);
    }

    /** Sends one row; returns why the channel's queue must stop, or null to go on. */
    private String deliverOne(Delivery delivery, Account account, ChannelResult.Tally tally) throws StoreException {
        Subscription subscription = delivery.subscription();
        PostView post = PostViews.of(account, delivery.post()).forTarget(subscription.channelId(),
                subscription.mentionRoleId());
        String mediaId = delivery.post().id();
        long id = subscription.id();
        boolean cameSending = delivery.state() == DeliveryState.SENDING;
        // The row's version: each transition below is made only from it.
        int attempt = delivery.attempts();
        try {
            if (cameSending && !deliveries.isStill(delivery)) {
                return movedOn(delivery, "before its look-up");
            }
            // Look where it was sent, even if the subscription's channel changed since.
            if (cameSending && recover(post.withChannel(delivery.target()), id, attempt, delivery.since())) {
                tally.delivered(subscription.guildId());
                events.delivered();
                return null;
            }
            if (deletedMeanwhile(account, delivery)) {
                if (!deliveries.markDeletedOnInstagram(delivery, clock.instant())) {
                    return movedOn(delivery, "while Instagram was asked about it");
                }
                log.info("Skipping {} of {}: Instagram says it was deleted before it could be posted", mediaId,
                        account.handle());
                events.skipped("deleted");
                return null;
            }
            if (!deliveries.markSending(delivery, subscription.channelId(), clock.instant())) {
                return movedOn(delivery, "before it was sent");
            }
            attempt++;
            PublishReceipt receipt = publisher.publish(post);
            record(mediaId, id, attempt, receipt);
            tally.delivered(subscription.guildId());
            events.delivered();
            return null;
        } catch (PublishException e) {
            // Every publisher call is made with the row SENDING at version {@code attempt}.
            if (e.outcome() == PublishException.Outcome.GONE) {
                log.info("Skipping {} of {}: {}", mediaId, account.handle(), e.getMessage());
                deliveries.markSkipped(mediaId, id, DeliveryState.SENDING, attempt, e.getMessage(), clock.instant());
                events.skipped("gone");
                return null;
            }
            if (e.outcome() == PublishException.Outcome.NOT_SENT && !cameSending) {
                deliveries.markRetry(mediaId, id, attempt, e.getMessage(), clock.instant());
            } else {
                // MAYBE_SENT, or a row that may have gone out on an earlier attempt (a look-up that
                // could not see the channel, an album's rest that failed): it stays SENDING and is
                // looked for first next time, never sent blind.
                deliveries.markWaiting(mediaId, id, attempt, e.getMessage());
            }
            events.failed(e.outcome().name().toLowerCase(java.util.Locale.ROOT));
            log.warn("Could not post {} of {} to {}: {}", mediaId, account.handle(),
                    Objects.requireNonNullElse(subscription.channelId(), "the default channel"), e.getMessage());
            return e.getMessage();
        } catch (RuntimeException e) {
            log.error("Unexpected failure while posting {} of {}", mediaId, account.handle(), e);
            events.failed("unexpected");
            return "Unexpected error while posting (" + e.getClass().getSimpleName() + "); details are in the log file.";
        }
    }

    /** A row changed by someone else since the queue was read (skipped, taken, sent): left alone. */
    private static String movedOn(Delivery delivery, String when) {
        log.debug("{} for subscription {} changed {}; left as it is now", delivery.post().id(),
                delivery.subscription().id(), when);
        return null;
    }

    /**
     * A post that waited (a Discord outage, a pause) may have been deleted meanwhile; one that was
     * read from Instagram seconds ago was not. Only the first kind costs a request. Only Instagram's
     * "does not exist" answer skips it; any other answer (an error without that subcode, an outage, a
     * timeout, a rate limit) cannot tell, and the post is sent: losing a post is worse than posting
     * a deleted one.
     */
    private boolean deletedMeanwhile(Account account, Delivery delivery) {
        boolean waited = delivery.attempts() > 0 || delivery.since().isBefore(clock.instant().minus(STALE_AFTER));
        if (!waited || !account.isActive()) {
            return false;
        }
        try {
            return !instagram.mediaExists(account.token().accessToken(), delivery.post().id());
        } catch (InstagramException e) {
            log.info("Could not check whether {} of {} still exists on Instagram ({}); posting it: {}",
                    delivery.post().id(), account.handle(), e.kind(), e.getMessage());
            return false;
        }
    }

    /**
     * True when the post turned out to be out already, and is now recorded as delivered. A row in
     * SENDING keeps the time it went SENDING ({@link Delivery#since}: only {@code markSending}
     * writes it while the row is SENDING), so the look covers everything posted since. Nothing
     * found that soon after the send may be Discord still storing it: wait out the grace on this
     * channel's sender (other channels go on) and look once more before it is sent again.
     */
    private boolean recover(PostView post, long subscriptionId, int attempt, Instant sendingSince)
            throws PublishException, StoreException {
        Optional<PublishReceipt> found = publisher.findPublished(post, sendingSince);
        Duration left = grace.left(sendingSince, clock.instant());
        if (found.isEmpty() && !left.isZero()) {
            log.info("{} of {} is not in the channel yet, {} s after it was sent; looking again in {} ms",
                    post.mediaId(), post.account().handle(),
                    Duration.between(sendingSince, clock.instant()).toSeconds(), left.toMillis());
            waitOut(left);
            found = publisher.findPublished(post, sendingSince);
        }
        if (found.isEmpty()) {
            return false;
        }
        log.info("{} of {} was already posted before a restart; not posting it again",
                post.mediaId(), post.account().handle());
        record(post.mediaId(), subscriptionId, attempt, found.get());
        return true;
    }

    private void waitOut(Duration left) throws PublishException {
        try {
            grace.sleeper().sleep(left);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException(PublishException.Outcome.MAYBE_SENT,
                    "The bot is stopping; the post is looked for again after it restarts.", e);
        }
    }

    /** A post is delivered with every message it took (an album past ten takes two). */
    private void record(String mediaId, long subscriptionId, int attempt, PublishReceipt receipt)
            throws StoreException {
        if (!deliveries.markDelivered(mediaId, subscriptionId, attempt, receipt.target(), receipt.messageId(),
                clock.instant())) {
            // Nobody else sends a row this thread holds (inFlight): a row changed by hand meanwhile.
            log.warn("{} went out as message {}, but its delivery record had changed meanwhile; left as it is",
                    mediaId, receipt.messageId());
            return;
        }
        if (!receipt.moreMessageIds().isEmpty()) {
            deliveries.recordMoreMessages(mediaId, subscriptionId, receipt.moreMessageIds(), clock.instant());
        }
    }
}
